# syntax=docker/dockerfile:1
# Reviewer: Secret at /home/node/.npmrc is root-owned mode 0400 by default; user node cannot read it, npm ci gets no token, E401 (llb AddSecretWithDest Mode 0400, uid 0)
FROM node:22-slim AS build
RUN mkdir /app && chown node:node /app
WORKDIR /app
USER node
COPY --chown=node:node package.json package-lock.json .npmrc ./
# running as node, so npm's user config is /home/node/.npmrc
RUN --mount=type=secret,id=npmrc,target=/home/node/.npmrc \
    npm ci
COPY --chown=node:node . .
RUN npm run build && npm prune --omit=dev

FROM node:22-slim
ENV NODE_ENV=production
WORKDIR /app
COPY --from=build /app/package.json ./
COPY --from=build /app/node_modules ./node_modules
COPY --from=build /app/dist ./dist
USER node
CMD ["node", "dist/index.js"]
