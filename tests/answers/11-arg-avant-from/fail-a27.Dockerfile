# Reviewer: COPY --from=builder dist: source paths are from the stage root, /dist does not exist, build fails (buildkit convert_copy NormalizePath("/", src))
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
# le builder travaille déjà dans /app
COPY --from=builder dist ./dist
USER node
CMD ["node", "dist/index.js"]
