# Reviewer: ENV NODE_ENV=production before npm ci in builder omits dev deps: tsc not found, npm run build fails (PROJECT.md; npm ci omit default)
FROM node:22 AS builder
ENV NODE_ENV=production
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci
COPY . .
RUN npm run build

FROM node:22-slim AS runtime
ENV NODE_ENV=production
WORKDIR /app
COPY --from=builder /app/package.json ./
COPY --from=builder /app/node_modules ./node_modules
COPY --from=builder /app/dist ./dist
USER node
CMD ["node", "dist/index.js"]
