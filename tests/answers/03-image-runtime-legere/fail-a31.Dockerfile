# Reviewer: node:22-alpine has no useradd (busybox adduser only, shadow not installed): RUN fails useradd: not found (docker-node alpine Dockerfile)
FROM node:22 AS builder
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci
COPY . .
RUN npm run build

FROM node:22-alpine AS runtime
# utilisateur non-root pour l'appli
RUN useradd --system --no-create-home app
WORKDIR /app
COPY --from=builder --chown=app /app/dist ./dist
USER app
CMD ["node", "dist/index.js"]
