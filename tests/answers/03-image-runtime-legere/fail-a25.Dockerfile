# Reviewer: shell-form CMD becomes /bin/sh -c dist/index.js, passed to node entrypoint: node /bin/sh, which distroless lacks: Cannot find module (Dockerfile ref. CMD shell form)
FROM node:22 AS builder
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci
COPY . .
RUN npm run build

FROM gcr.io/distroless/nodejs22-debian12 AS runtime
WORKDIR /app
COPY --from=builder /app/dist ./dist
EXPOSE 3000
CMD dist/index.js
