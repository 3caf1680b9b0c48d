# syntax=docker/dockerfile:1
# Reviewer: WORKDIR is /usr/src/app, so npm's project config is /usr/src/app/.npmrc; secret at /app/.npmrc is never read: npm ci fails E401 (npm config localPrefix/.npmrc)
FROM node:22 AS build
WORKDIR /usr/src/app
COPY package.json package-lock.json ./
# the secret is a complete .npmrc: use it as the project .npmrc for the install
RUN --mount=type=secret,id=npmrc,target=/app/.npmrc \
    npm ci
COPY . .
RUN npm run build && npm prune --omit=dev

FROM node:22-slim
ENV NODE_ENV=production
WORKDIR /usr/src/app
COPY --from=build /usr/src/app/package.json ./
COPY --from=build /usr/src/app/node_modules ./node_modules
COPY --from=build /usr/src/app/dist ./dist
USER node
CMD ["node", "dist/index.js"]
