# Reviewer: COPY --from=build names no stage (stage is builder), so BuildKit pulls image docker.io/library/build, which does not exist (dockerfile2llb convert.go toCommand)
# 1) compile TypeScript
FROM node:22 AS builder
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci
COPY . .
RUN npm run build

# 2) run the compiled JS only
FROM node:22-slim AS runtime
WORKDIR /app
COPY --from=build /app/dist ./dist
CMD ["node", "dist/index.js"]
