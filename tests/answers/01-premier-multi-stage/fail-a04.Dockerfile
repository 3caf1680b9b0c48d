# Reviewer: distroless nodejs ENTRYPOINT is /nodejs/bin/node, so CMD runs node node dist/index.js: Cannot find module /app/node (distroless nodejs README; ref. ENTRYPOINT/CMD)
FROM node:22 AS build
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci
COPY . .
RUN npm run build

# image distroless : Node.js sans shell ni npm, beaucoup plus petite
FROM gcr.io/distroless/nodejs22-debian12
WORKDIR /app
COPY --from=build /app/dist ./dist
EXPOSE 3000
CMD ["node", "dist/index.js"]
