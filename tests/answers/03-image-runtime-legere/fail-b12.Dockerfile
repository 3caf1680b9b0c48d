# Reviewer: node:22-bookworm is the full image (same as node:22, >1 GB), not slim/alpine/distroless: goals 1 and 2 not met (docker-library node tags)
FROM node:22 AS builder
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci
COPY . .
RUN npm run build

# bookworm plutôt que l'image par défaut
FROM node:22-bookworm AS runtime
WORKDIR /app
COPY --from=builder /app/dist ./dist
USER node
CMD ["node", "dist/index.js"]
