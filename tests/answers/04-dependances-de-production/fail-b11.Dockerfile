# Reviewer: npm ci --omit=dev in builder leaves out typescript, so npm run build (tsc) fails: tsc not found; build stops (npm ci docs; PROJECT.md)
FROM node:22 AS builder
WORKDIR /app
COPY package.json package-lock.json ./
# uniquement les dépendances de prod, comme ça le node_modules copié est propre
RUN npm ci --omit=dev
COPY . .
RUN npm run build

FROM node:22-slim AS runtime
ENV NODE_ENV=production
WORKDIR /app
COPY --from=builder /app/package.json ./
COPY --from=builder /app/node_modules ./node_modules
COPY --from=builder /app/dist ./dist
USER node
CMD ["node", "dist/index.js"]
