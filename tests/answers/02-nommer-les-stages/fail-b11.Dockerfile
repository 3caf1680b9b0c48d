# Reviewer: stage name prodDeps is not lower-case (BuildKit lowercases it and warns StageNameCasing): goal "lower-case names" not met
# Les dépendances de production
FROM node:22 AS prodDeps
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --omit=dev

# La compilation du TypeScript
FROM node:22 AS build
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
COPY --from=build /app/dist ./dist
USER node
CMD ["node", "dist/index.js"]
