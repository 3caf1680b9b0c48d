# Reviewer: node binary needs libstdc++.so.6 and libgcc_s, which distroless/base lacks (only in distroless/cc): node fails to load (distroless cc/README, cc/config.bzl)
FROM node:22 AS builder
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci
COPY . .
RUN npm run build
RUN npm prune --omit=dev

# distroless base (Debian 12, comme node:22) + le binaire node du builder
FROM gcr.io/distroless/base-debian12 AS runtime
ENV NODE_ENV=production
COPY --from=builder /usr/local/bin/node /usr/local/bin/node
WORKDIR /app
COPY --from=builder /app/node_modules ./node_modules
COPY --from=builder /app/dist ./dist
USER nonroot
ENTRYPOINT ["/usr/local/bin/node", "dist/index.js"]
