# Reviewer: Runtime FROM hard-codes gcr.io/distroless/nodejs22-debian12: --build-arg NODE_MAJOR=24 still runs Node 22; every FROM must use the ARG (exercise goal)
ARG NODE_MAJOR=22

FROM node:${NODE_MAJOR} AS builder
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci
COPY . .
RUN npm run build

FROM node:${NODE_MAJOR}-slim AS deps
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --omit=dev

# runtime sans shell ni npm
FROM gcr.io/distroless/nodejs22-debian12 AS runtime
ARG NODE_MAJOR
ENV NODE_ENV=production
LABEL org.opencontainers.image.description="API compilée avec Node.js ${NODE_MAJOR}"
WORKDIR /app
COPY --from=deps /app/package.json ./
COPY --from=deps /app/node_modules ./node_modules
COPY --from=builder /app/dist ./dist
USER nonroot
CMD ["dist/index.js"]
