# Reviewer: apt-get install curl without -y: extra dependencies trigger the prompt, no stdin so apt aborts, RUN fails (node slim image has curl purged)
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
# curl pour le healthcheck
RUN apt-get update && apt-get install curl && rm -rf /var/lib/apt/lists/*
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --omit=dev
COPY --from=builder /app/dist ./dist
USER node
HEALTHCHECK CMD curl -f http://localhost:3000/ || exit 1
CMD ["node", "dist/index.js"]
