# Reviewer: prod does COPY --from=test, so docker build . depends on and builds test, rerunning the suite; goal 3 unmet (docs.docker.com multi-stage, BuildKit graph)
FROM node:22 AS builder
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci
COPY . .
RUN npm run build

FROM builder AS test
RUN npm test

FROM node:22-slim AS prod
ENV NODE_ENV=production
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --omit=dev
# on prend le dist validé par les tests
COPY --from=test /app/dist ./dist
USER node
CMD ["node", "dist/index.js"]
