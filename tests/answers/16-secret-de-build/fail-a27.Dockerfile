# syntax=docker/dockerfile:1
# Reviewer: distroless ENTRYPOINT is node, so CMD ["node","dist/index.js"] runs node node dist/index.js: Cannot find module /app/node (distroless nodejs README; Dockerfile ref. CMD)
FROM node:22-bookworm AS build
WORKDIR /app
COPY package.json package-lock.json .npmrc ./
RUN --mount=type=secret,id=npmrc,target=/root/.npmrc npm ci
COPY . .
RUN npm run build && npm prune --omit=dev

FROM gcr.io/distroless/nodejs22-debian12
ENV NODE_ENV=production
WORKDIR /app
COPY --from=build /app/package.json ./
COPY --from=build /app/node_modules ./node_modules
COPY --from=build /app/dist ./dist
USER nonroot
CMD ["node", "dist/index.js"]
