# Reviewer: full node_modules COPY layer (140 MB dev deps) stays in the image; npm prune in a later layer only hides files (docs.docker.com understanding-image-layers)
FROM node:22 AS builder
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci
COPY . .
RUN npm run build

FROM node:22-slim AS runtime
ENV NODE_ENV=production
WORKDIR /app
COPY --from=builder /app/package.json /app/package-lock.json ./
COPY --from=builder /app/node_modules ./node_modules
# on enlève les devDependencies copiées depuis le builder
RUN npm prune --omit=dev
COPY --from=builder /app/dist ./dist
USER node
CMD ["node", "dist/index.js"]
