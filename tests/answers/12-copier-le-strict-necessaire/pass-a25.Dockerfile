# Reviewer: no 'app' user in node:22-slim -> BuildKit chowns 0:0 without error (user_linux.go readUser); USER node reads dist, package.json, pruned node_modules; goals met (second review; the first said fail, after the Dockerfile reference, which describes the legacy builder)
FROM node:22 AS builder
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci
COPY . .
RUN npm run build && npm prune --omit=dev

FROM node:22-slim AS runtime
ENV NODE_ENV=production
WORKDIR /app
COPY --from=builder --chown=app:app /app/package.json ./
COPY --from=builder --chown=app:app /app/node_modules ./node_modules
COPY --from=builder --chown=app:app /app/dist ./dist
USER node
CMD ["node", "dist/index.js"]
