# Reviewer: npm prune --omit=dev before npm run build removes typescript: tsc not found, build fails
FROM node:22 AS builder
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci
# on enlève tout de suite les devDependencies pour ne garder que la prod
RUN npm prune --omit=dev
COPY . .
RUN npm run build

FROM node:22-slim AS runtime
ENV NODE_ENV=production
WORKDIR /app
COPY --from=builder /app/package.json ./
COPY --from=builder /app/node_modules ./node_modules
COPY --from=builder /app/dist ./dist
USER node
CMD ["node", "dist/index.js"]
