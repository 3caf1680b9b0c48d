# Reviewer: node binary copied from glibc-based node:22 into musl alpine:3.20: its loader/libstdc++ are missing, exec fails (docker-node Dockerfile uses glibc tarball)
FROM node:22 AS build
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci
COPY . .
RUN npm run build

# image finale minimale : alpine + juste le binaire node
FROM alpine:3.20
COPY --from=node:22 /usr/local/bin/node /usr/local/bin/node
WORKDIR /app
COPY --from=build /app/dist ./dist
CMD ["node", "dist/index.js"]
