# Reviewer: COPY node_modules . puts its contents in /app (/app/express), no /app/node_modules: require("express") fails (Dockerfile ref. COPY directory)
FROM node:22 AS deps
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --omit=dev

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
COPY --from=deps /app/node_modules .
COPY --from=builder /app/dist ./dist
USER node
CMD ["node", "dist/index.js"]
