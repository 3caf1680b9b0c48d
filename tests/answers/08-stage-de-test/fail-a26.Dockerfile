# Reviewer: test FROM base which ran npm ci with NODE_ENV=production: no jest, npm test fails, docker build --target test . errors (PROJECT.md npm facts)
# dépendances de prod, réutilisées par les tests et l'image finale
FROM node:22-slim AS base
ENV NODE_ENV=production
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci

FROM base AS test
COPY . .
RUN npm test

FROM node:22 AS builder
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci
COPY . .
RUN npm run build

FROM base AS prod
COPY --from=builder /app/dist ./dist
USER node
CMD ["node", "dist/index.js"]
