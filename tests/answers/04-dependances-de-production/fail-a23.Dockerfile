# Reviewer: node_modules put in /app but app runs from /usr/src/app: require("express") not found along /usr/src/app/dist parents (Node.js module resolution)
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
WORKDIR /usr/src/app
COPY --from=deps /app/node_modules /app/node_modules
COPY --from=builder /app/dist ./dist
USER node
CMD ["node", "dist/index.js"]
