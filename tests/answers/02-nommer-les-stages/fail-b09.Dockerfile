# Reviewer: ARG NODE_VERSION is declared inside a stage, not before the first FROM: FROM node:${NODE_VERSION} expands to "node:", invalid reference (Dockerfile ref. ARG/FROM)
# Les dépendances de production
FROM node:22 AS deps
# une seule variable pour la version de Node, réutilisée par les stages suivants
ARG NODE_VERSION=22
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --omit=dev

# La compilation du TypeScript
FROM node:${NODE_VERSION} AS build
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci
COPY . .
RUN npm run build

# L’image finale
FROM node:${NODE_VERSION}-slim AS runtime
ENV NODE_ENV=production
WORKDIR /app
COPY package.json ./
COPY --from=deps /app/node_modules ./node_modules
COPY --from=build /app/dist ./dist
USER node
CMD ["node", "dist/index.js"]
