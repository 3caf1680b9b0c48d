# Reviewer: builder prunes dev deps, so test FROM builder has no jest: npm test fails and docker build --target test . errors (npm prune --omit=dev; PROJECT.md)
FROM node:22 AS builder
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci
COPY . .
# compile, puis ne garde que les dépendances de prod
RUN npm run build && npm prune --omit=dev

FROM builder AS test
RUN npm test

FROM node:22-slim AS prod
ENV NODE_ENV=production
WORKDIR /app
COPY --from=builder /app/package.json ./
COPY --from=builder /app/node_modules ./node_modules
COPY --from=builder /app/dist ./dist
USER node
CMD ["node", "dist/index.js"]
