# Toutes les dépendances, une seule fois, pour test et builder.
FROM node:22 AS deps
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci

# Les tests : docker build --target test .
FROM deps AS test
COPY . .
RUN npm test

# La compilation, sans les tests.
FROM deps AS builder
COPY . .
RUN npm run build

# La production, en dernier : c’est la cible par défaut, et elle ne dépend pas de test.
FROM node:22-slim AS prod
ENV NODE_ENV=production
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --omit=dev
COPY --from=builder /app/dist ./dist
USER node
CMD ["node", "dist/index.js"]
