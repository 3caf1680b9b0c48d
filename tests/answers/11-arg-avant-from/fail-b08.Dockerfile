# Reviewer: Uses NODE_VERSION, which the exercise explicitly says to avoid (clashes with node image ENV); builds, but stated requirement unmet (exercise text)
# Version de Node.js définie une seule fois, avant le premier FROM
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
