# Reviewer: distroless ENTRYPOINT is /nodejs/bin/node, so CMD ["node",...] runs node node dist/index.js: Cannot find module /app/node (distroless nodejs README; Dockerfile ref. ENTRYPOINT/CMD)
FROM node:22 AS builder
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci
COPY . .
RUN npm run build

# Image distroless : pas de shell, pas de npm, juste node
FROM gcr.io/distroless/nodejs22-debian12 AS runtime
WORKDIR /app
COPY --from=builder /app/dist ./dist
EXPOSE 3000
CMD ["node", "dist/index.js"]
