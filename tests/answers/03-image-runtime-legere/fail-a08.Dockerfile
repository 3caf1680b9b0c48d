# Reviewer: ARG declared inside builder is not in FROM scope: FROM node:-alpine, invalid reference format, build fails (Dockerfile ref. "Understand how ARG and FROM interact")
FROM node:22 AS builder
# version de Node partagée par les deux stages
ARG NODE_VERSION=22
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci
COPY . .
RUN npm run build

FROM node:${NODE_VERSION}-alpine AS runtime
WORKDIR /app
COPY --from=builder /app/dist ./dist
USER node
CMD ["node", "dist/index.js"]
