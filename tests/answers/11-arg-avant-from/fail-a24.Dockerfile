# Reviewer: ARG NODE_MAJOR=${NODE_MAJOR} has a value; global not in stage scope so it expands empty + UndefinedVar (buildkit dispatchArg)
ARG NODE_MAJOR=22

FROM node:${NODE_MAJOR} AS builder
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci
COPY . .
RUN npm run build

FROM node:${NODE_MAJOR}-slim AS runtime
# reprend la valeur de l'ARG global
ARG NODE_MAJOR=${NODE_MAJOR}
ENV NODE_ENV=production
LABEL org.opencontainers.image.description="API compilée avec Node.js ${NODE_MAJOR}"
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --omit=dev
COPY --from=builder /app/dist ./dist
USER node
CMD ["node", "dist/index.js"]
