# Reviewer: global ARG declared without default; 22 written three times as ${NODE_MAJOR:-22}: goal "written once, in an ARG with a default value" unmet
# NODE_MAJOR can be overridden with --build-arg, 22 is the fallback
ARG NODE_MAJOR

FROM node:${NODE_MAJOR:-22} AS builder
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci
COPY . .
RUN npm run build

FROM node:${NODE_MAJOR:-22}-slim AS runtime
ARG NODE_MAJOR
ENV NODE_ENV=production
LABEL org.opencontainers.image.description="API compilée avec Node.js ${NODE_MAJOR:-22}"
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --omit=dev
COPY --from=builder /app/dist ./dist
USER node
CMD ["node", "dist/index.js"]
