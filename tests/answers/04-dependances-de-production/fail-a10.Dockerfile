# Reviewer: /app created as root by WORKDIR before USER node; npm ci as node cannot mkdir /app/node_modules: EACCES, build fails (Dockerfile ref. USER/WORKDIR)
FROM node:22 AS builder
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci
COPY . .
RUN npm run build

FROM node:22-slim AS runtime
ENV NODE_ENV=production
WORKDIR /app
COPY package.json package-lock.json ./
# on passe en non-root le plus tôt possible
USER node
RUN npm ci --omit=dev
COPY --from=builder /app/dist ./dist
CMD ["node", "dist/index.js"]
