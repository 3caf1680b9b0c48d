# Reviewer: apt-get install without -y pulls curl plus libcurl4 etc. (curl purged from slim): prompt gets EOF and aborts, RUN fails (apt-get docs; docker-node slim Dockerfile)
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
# curl pour le healthcheck
RUN apt-get update && apt-get install --no-install-recommends curl \
    && rm -rf /var/lib/apt/lists/*
WORKDIR /app
COPY --from=deps /app/node_modules ./node_modules
COPY --from=builder /app/dist ./dist
USER node
EXPOSE 3000
HEALTHCHECK CMD curl -fs http://localhost:3000/ || exit 1
CMD ["node", "dist/index.js"]
