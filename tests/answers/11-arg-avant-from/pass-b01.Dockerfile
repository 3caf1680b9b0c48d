# Reviewer: Global ARG NODE_MAJOR=22 before first FROM, used by both FROMs, redeclared without value for LABEL (Dockerfile ref. ARG/FROM interaction)
# Version majeure de Node.js : une seule ligne à changer (ou --build-arg NODE_MAJOR=24)
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
CMD ["node", "dist/index.js"]
