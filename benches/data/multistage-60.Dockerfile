# syntax=docker/dockerfile:1
ARG NODE_VERSION=22
ARG ALPINE_VERSION=3.20

FROM node:${NODE_VERSION}-alpine${ALPINE_VERSION} AS base
WORKDIR /app
ENV NODE_ENV=production \
    NPM_CONFIG_UPDATE_NOTIFIER=false
RUN apk add --no-cache tini

FROM base AS deps
COPY package.json package-lock.json ./
RUN --mount=type=cache,target=/root/.npm \
    npm ci --omit=dev

FROM base AS build-deps
COPY package.json package-lock.json ./
RUN --mount=type=cache,target=/root/.npm npm ci

FROM build-deps AS builder
COPY tsconfig.json ./
COPY src ./src
RUN npm run build && npm prune --omit=dev

FROM build-deps AS test
COPY . .
RUN <<EOF
set -eu
npm run lint
npm test -- --ci
EOF

FROM base AS assets
COPY --link public ./public
RUN find public -name '*.map' -delete

FROM gcr.io/distroless/nodejs22-debian12:nonroot AS distroless
WORKDIR /app
COPY --from=deps /app/node_modules ./node_modules
COPY --from=builder /app/dist ./dist
CMD ["dist/index.js"]

FROM base AS runtime
LABEL org.opencontainers.image.title="demo" \
      org.opencontainers.image.source="https://example.com/demo"
COPY --from=deps --chown=node:node /app/node_modules ./node_modules
COPY --from=builder --chown=node:node /app/dist ./dist
COPY --from=assets /app/public ./public
COPY --chown=node:node package.json ./
USER node
EXPOSE 3000/tcp
HEALTHCHECK --interval=30s --timeout=3s \
  CMD ["node", "dist/healthcheck.js"]
STOPSIGNAL SIGTERM
ENTRYPOINT ["/sbin/tini", "--"]
CMD ["node", "dist/index.js"]
# The default target is the last stage: runtime.
# Build the tests with: docker build --target test .
# Debug the build with: docker build --target builder .
# Ship distroless with: docker build --target distroless .
