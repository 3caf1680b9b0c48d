# Reviewer: npm prune --omit=dev runs before npm run build: typescript removed, tsc not found, build fails (PROJECT.md: build needs typescript dev dep)
FROM node:22 AS builder
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci
# dépendances de dev supprimées tout de suite, node_modules ne contient plus que express
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
