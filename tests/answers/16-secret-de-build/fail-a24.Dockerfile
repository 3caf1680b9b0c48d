# syntax=docker/dockerfile:1
# Reviewer: Build stage runs npm ci without the secret; @acme/logger is needed in every install, so it fails E401 (PROJECT.md: every npm ci downloads it)

# runtime dependencies (this is where @acme/logger comes in)
FROM node:22 AS deps
WORKDIR /app
COPY package.json package-lock.json .npmrc ./
RUN --mount=type=secret,id=npmrc,target=/root/.npmrc \
    npm ci --omit=dev

# compile TypeScript
FROM node:22 AS build
WORKDIR /app
COPY package.json package-lock.json .npmrc ./
RUN npm ci
COPY . .
RUN npm run build

FROM node:22-slim
ENV NODE_ENV=production
WORKDIR /app
COPY --from=deps /app/package.json ./
COPY --from=deps /app/node_modules ./node_modules
COPY --from=build /app/dist ./dist
USER node
CMD ["node", "dist/index.js"]
