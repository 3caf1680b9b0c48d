# syntax=docker/dockerfile:1
# Reviewer: Last stage is test, so docker build -t api builds it: image has no dist and node image's CMD "node", not node dist/index.js (Dockerfile ref.: default target is last stage)

FROM node:22 AS deps
WORKDIR /app
COPY package.json package-lock.json .npmrc ./
RUN --mount=type=secret,id=npmrc,target=/root/.npmrc \
    npm ci
COPY . .

FROM deps AS build
RUN npm run build && npm prune --omit=dev

FROM node:22-slim AS runtime
ENV NODE_ENV=production
WORKDIR /app
COPY --from=build /app/package.json ./
COPY --from=build /app/node_modules ./node_modules
COPY --from=build /app/dist ./dist
USER node
CMD ["node", "dist/index.js"]

# tests run in CI as part of the same build
FROM deps AS test
RUN npm test
