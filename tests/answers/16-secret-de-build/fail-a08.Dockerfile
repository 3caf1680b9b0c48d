# syntax=docker/dockerfile:1
# Reviewer: Runtime stage runs npm ci --omit=dev without the secret: @acme/logger is a prod dependency, so it fails E401 (PROJECT.md; each npm ci needs the credentials)
# 1) build: all deps + tsc
FROM node:22 AS build
WORKDIR /app
COPY package.json package-lock.json .npmrc ./
RUN --mount=type=secret,id=npmrc,target=/root/.npmrc npm ci
COPY . .
RUN npm run build

# 2) runtime: fresh production install, only dist/ from the build
FROM node:22-slim
ENV NODE_ENV=production
WORKDIR /app
COPY package.json package-lock.json .npmrc ./
RUN npm ci --omit=dev && npm cache clean --force
COPY --from=build /app/dist ./dist
USER node
CMD ["node", "dist/index.js"]
