# Reviewer: prodDeps and tsBuild are not lower case (BuildKit lowercases them, StageNameCasing warns); goal requires lower-case names (docs build checks StageNameCasing)
# Les dépendances de production
FROM node:22 AS prodDeps
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --omit=dev

# La compilation du TypeScript
FROM node:22 AS tsBuild
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci
COPY . .
RUN npm run build

# L’image finale
FROM node:22-slim AS runtime
ENV NODE_ENV=production
WORKDIR /app
COPY package.json ./
COPY --from=prodDeps /app/node_modules ./node_modules
COPY --from=tsBuild /app/dist ./dist
USER node
CMD ["node", "dist/index.js"]
