# Reviewer: stage names 1-deps, 2-build start with a digit: invalid name for build stage, build fails (buildkit instructions/parse.go validStageName)
# Les stages sont numérotés dans leur nom pour garder l'ordre lisible

# Les dépendances de production
FROM node:22 AS 1-deps
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --omit=dev

# La compilation du TypeScript
FROM node:22 AS 2-build
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci
COPY . .
RUN npm run build

# L’image finale
FROM node:22-slim AS 3-runtime
ENV NODE_ENV=production
WORKDIR /app
COPY package.json ./
COPY --from=1-deps /app/node_modules ./node_modules
COPY --from=2-build /app/dist ./dist
USER node
CMD ["node", "dist/index.js"]
