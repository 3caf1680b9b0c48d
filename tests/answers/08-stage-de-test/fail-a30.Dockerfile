# Reviewer: prod never installs node_modules (prod-deps is unused): require("express") fails at start (PROJECT.md: Express needed at run time)
FROM node:22 AS deps
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci

FROM node:22 AS prod-deps
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --omit=dev

FROM deps AS test
COPY . .
RUN npm test

FROM deps AS builder
COPY . .
RUN npm run build

FROM node:22-slim AS prod
ENV NODE_ENV=production
WORKDIR /app
COPY package.json ./
COPY --from=builder /app/dist ./dist
USER node
CMD ["node", "dist/index.js"]
