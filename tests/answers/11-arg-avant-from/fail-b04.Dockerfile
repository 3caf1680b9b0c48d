# Reviewer: Runtime stage does not redeclare ARG NODE_MAJOR: LABEL ${NODE_MAJOR} triggers UndefinedVar (buildkit dispatch reportUnmatchedVariables; Dockerfile ref. ARG scope)
# Changer de version : docker build --build-arg NODE_MAJOR=24 .
ARG NODE_MAJOR=22

FROM node:${NODE_MAJOR} AS builder
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci
COPY . .
RUN npm run build

FROM node:${NODE_MAJOR}-slim AS runtime
ENV NODE_ENV=production
LABEL org.opencontainers.image.description="API compilée avec Node.js ${NODE_MAJOR}"
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --omit=dev
COPY --from=builder /app/dist ./dist
USER node
CMD ["node", "dist/index.js"]
