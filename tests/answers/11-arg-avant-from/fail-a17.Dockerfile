# Reviewer: runtime stage does not redeclare ARG NODE_MAJOR: LABEL gets empty value and UndefinedVar warning (Dockerfile ref. ARG scope; buildkit reportUnmatchedVariables)
# version de Node.js écrite une seule fois, avant le premier FROM
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
