# Reviewer: runtime neither runs npm ci nor copies node_modules from deps: require("express") fails at start (PROJECT.md; unused stage skipped)
ARG NODE_MAJOR=22

# dépendances de prod dans un stage à part
FROM node:${NODE_MAJOR}-slim AS deps
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --omit=dev

FROM node:${NODE_MAJOR} AS builder
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci
COPY . .
RUN npm run build

FROM node:${NODE_MAJOR}-slim AS runtime
ARG NODE_MAJOR
ENV NODE_ENV=production
LABEL org.opencontainers.image.description="API compilée avec Node.js ${NODE_MAJOR}"
WORKDIR /app
COPY package.json package-lock.json ./
COPY --from=builder /app/dist ./dist
USER node
CMD ["node", "dist/index.js"]
