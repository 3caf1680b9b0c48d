# Reviewer: uses NODE_VERSION, which the exercise forbids (node image sets ENV NODE_VERSION to full version, e.g. 24.19.0, nodejs/docker-node Dockerfile)
ARG NODE_VERSION=22

FROM node:${NODE_VERSION} AS builder
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci
COPY . .
RUN npm run build

FROM node:${NODE_VERSION}-slim AS runtime
ARG NODE_VERSION
ENV NODE_ENV=production
LABEL org.opencontainers.image.description="API compilée avec Node.js ${NODE_VERSION}"
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --omit=dev
COPY --from=builder /app/dist ./dist
USER node
CMD ["node", "dist/index.js"]
