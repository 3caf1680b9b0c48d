# Reviewer: Global ARG NODE_MAJOR has no default: docker build . gives FROM node: (invalid reference), InvalidDefaultArgInFrom (buildkit linter ruleset; exercise goal)
# Version de Node.js choisie au build : docker build --build-arg NODE_MAJOR=24 .
ARG NODE_MAJOR

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
CMD ["node", "dist/index.js"]
