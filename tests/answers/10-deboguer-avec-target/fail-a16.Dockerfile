# Reviewer: no node_modules in the final image, so require("express") fails at start: Cannot find module 'express' (PROJECT.md; Node module resolution)
FROM node:22 AS builder
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci
COPY . .
RUN npm run build

FROM node:22-slim AS runtime
ENV NODE_ENV=production
WORKDIR /app
COPY package.json ./
COPY --from=builder /app/dist ./dist
USER node
CMD ["node", "dist/index.js"]
