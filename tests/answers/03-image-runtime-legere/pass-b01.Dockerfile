# Reviewer: node:22-slim final (~200 MB vs >1 GB naive) gets only dist from builder; CMD node dist/index.js (docker-library node variants)
# Deux stages, c’est bien. Mais le stage final part de node:22, l’image
# complète (plus d’un Go, compilateurs compris) : choisissez une base
# allégée pour le runtime.
FROM node:22 AS builder
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci
COPY . .
RUN npm run build

# variante slim : Debian minimale + Node.js
FROM node:22-slim AS runtime
WORKDIR /app
COPY --from=builder /app/dist ./dist
CMD ["node", "dist/index.js"]
