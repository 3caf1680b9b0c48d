# Reviewer: COPY --from=build: no stage named build, so BuildKit pulls image docker.io/library/build, which does not exist: build fails (Dockerfile ref. COPY --from)
FROM node:22 AS builder
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci
COPY . .
RUN npm run build

FROM node:22-slim AS runtime
WORKDIR /app
COPY --from=build /app/dist ./dist
USER node
CMD ["node", "dist/index.js"]
