# Reviewer: node_modules lives only in the cache mount, not in the layer, so the next RUN npm run build finds no tsc (Dockerfile ref. RUN --mount=type=cache)
FROM node:22 AS build
WORKDIR /app
COPY package.json package-lock.json ./
# node_modules en cache pour accélérer les rebuilds
RUN --mount=type=cache,target=/app/node_modules npm ci
COPY . .
RUN npm run build

FROM node:22-slim
WORKDIR /app
COPY --from=build /app/dist ./dist
CMD ["node", "dist/index.js"]
