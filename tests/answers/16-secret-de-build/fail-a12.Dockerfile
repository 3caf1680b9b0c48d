# syntax=docker/dockerfile:1
# Reviewer: No id: BuildKit uses id=path.Base(target)=".npmrc", not "npmrc"; optional secret absent so nothing mounted, npm ci fails E401 (convert_secrets.go; mounts.go)
FROM node:22 AS build
WORKDIR /app
COPY package.json package-lock.json .npmrc ./
# npm reads ~/.npmrc -> mount the CI secret there (only during this RUN)
RUN --mount=type=secret,target=/root/.npmrc \
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
