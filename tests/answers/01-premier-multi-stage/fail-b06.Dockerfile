# Reviewer: distroless ENTRYPOINT ["/nodejs/bin/node"] + CMD ["node","dist/index.js"] runs node on script /app/node: Cannot find module (Dockerfile ref. ENTRYPOINT/CMD; distroless)
FROM node:22 AS build
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci
COPY . .
RUN npm run build

# image minimale avec Node.js, sans shell ni npm
FROM gcr.io/distroless/nodejs22-debian12
WORKDIR /app
COPY --from=build /app/dist ./dist
EXPOSE 3000
CMD ["node", "dist/index.js"]
