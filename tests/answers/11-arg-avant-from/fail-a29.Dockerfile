# Reviewer: USER node in distroless image: passwd has only root, nobody, nonroot, so docker run fails "unable to find user node" (distroless base.yaml)
ARG NODE_MAJOR=22

FROM node:${NODE_MAJOR} AS builder
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci
COPY . .
RUN npm run build && npm prune --omit=dev

# smaller and no shell in production
FROM gcr.io/distroless/nodejs${NODE_MAJOR}-debian12 AS runtime
ARG NODE_MAJOR
ENV NODE_ENV=production
LABEL org.opencontainers.image.description="API compilée avec Node.js ${NODE_MAJOR}"
WORKDIR /app
COPY --from=builder /app/package.json ./
COPY --from=builder /app/node_modules ./node_modules
COPY --from=builder /app/dist ./dist
USER node
CMD ["dist/index.js"]
