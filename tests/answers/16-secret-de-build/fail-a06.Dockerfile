# syntax=docker/dockerfile:1
# Reviewer: RUN runs as USER node (HOME /home/node), so npm never reads /root/.npmrc, which is root-owned 0400 anyway: npm ci fails E401 (llb AddSecretWithDest mode 0400 uid 0)
FROM node:22-bookworm AS build
# build as the unprivileged user too
RUN mkdir -p /app && chown node:node /app
WORKDIR /app
USER node
COPY --chown=node:node package.json package-lock.json .npmrc ./
RUN --mount=type=secret,id=npmrc,target=/root/.npmrc \
    npm ci
COPY --chown=node:node . .
RUN npm run build && npm prune --omit=dev

FROM node:22-bookworm-slim
ENV NODE_ENV=production
WORKDIR /app
COPY --from=build /app/package.json ./
COPY --from=build /app/node_modules ./node_modules
COPY --from=build /app/dist ./dist
USER node
CMD ["node", "dist/index.js"]
