# Reviewer: USER node before RUN npm ci --omit=dev: /app was made by WORKDIR as root (0755), npm cannot mkdir /app/node_modules: EACCES (buildkit dispatchWorkdir; Dockerfile ref. USER)
ARG NODE_MAJOR=22

FROM node:${NODE_MAJOR} AS builder
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci
COPY . .
RUN npm run build

FROM node:${NODE_MAJOR}-slim AS runtime
ARG NODE_MAJOR
ENV NODE_ENV=production
LABEL org.opencontainers.image.description="API compilée avec Node.js ${NODE_MAJOR}"
WORKDIR /app
# on passe en utilisateur non-root le plus tôt possible
USER node
COPY package.json package-lock.json ./
RUN npm ci --omit=dev
COPY --from=builder /app/dist ./dist
CMD ["node", "dist/index.js"]
