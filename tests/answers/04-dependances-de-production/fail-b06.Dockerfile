# Reviewer: COPY --from=deps /app/node_modules ./ copies the directory's contents into /app (no /app/node_modules), so require("express") fails (buildkit CopyDirContentsOnly; Node module resolution)
FROM node:22 AS builder
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci
COPY . .
RUN npm run build

FROM node:22 AS deps
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --omit=dev

FROM node:22-slim AS runtime
ENV NODE_ENV=production
WORKDIR /app
COPY --from=builder /app/package.json ./
# node_modules de prod seulement
COPY --from=deps /app/node_modules ./
COPY --from=builder /app/dist ./dist
USER node
CMD ["node", "dist/index.js"]
