# Reviewer: ARG NODE_VERSION after a FROM is stage-scoped; FROM node:${NODE_VERSION}-slim sees it empty, "node:-slim" is an invalid reference (buildkit instructions/parse.go metaArgs)
FROM node:22 AS builder
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci
COPY . .
RUN npm run build

FROM builder AS test
RUN npm test

ARG NODE_VERSION=22
FROM node:${NODE_VERSION}-slim AS prod
ENV NODE_ENV=production
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --omit=dev
COPY --from=builder /app/dist ./dist
USER node
CMD ["node", "dist/index.js"]
