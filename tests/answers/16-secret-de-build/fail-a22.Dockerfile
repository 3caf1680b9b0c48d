# syntax=docker/dockerfile:1
# Reviewer: ENV NODE_ENV=production before npm ci in build stage skips dev deps, so npm run build finds no tsc and fails (PROJECT.md facts; npm ci omit with NODE_ENV)
FROM node:22 AS build
ENV NODE_ENV=production
WORKDIR /app
COPY package.json package-lock.json .npmrc ./
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
