# Reviewer: alpine:3.20 provides no Node.js; glibc-linked node binary from node:22 cannot exec on musl Alpine (no ld-linux, libstdc++) (alpine docs; node official build)
FROM node:22 AS builder
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci
COPY . .
RUN npm run build

# Alpine nu (~8 Mo) + uniquement le binaire node du builder :
# encore plus léger que node:22-alpine
FROM alpine:3.20 AS runtime
COPY --from=builder /usr/local/bin/node /usr/local/bin/node
WORKDIR /app
COPY --from=builder /app/dist ./dist
EXPOSE 3000
CMD ["node", "dist/index.js"]
