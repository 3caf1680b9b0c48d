# Reviewer: alpine:3.20 gets node binary from glibc node:22; it cannot run on musl (no glibc loader), container fails to start (docker-node: alpine uses musl builds)
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

# image finale la plus petite possible : alpine nue + le binaire node
FROM alpine:3.20 AS runtime
ENV NODE_ENV=production
WORKDIR /app
COPY --from=builder /usr/local/bin/node /usr/local/bin/node
COPY --from=deps /app/node_modules ./node_modules
COPY --from=builder /app/dist ./dist
USER nobody
CMD ["node", "dist/index.js"]
