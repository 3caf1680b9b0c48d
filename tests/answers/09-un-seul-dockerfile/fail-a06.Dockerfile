# Reviewer: build is FROM dev and prod copies from build, so prod depends on dev (docker build . builds dev), against the goal bullet 3 (multi-stage docs; EXERCISE.md)
FROM node:22-slim AS base
WORKDIR /app
COPY package.json package-lock.json ./

FROM base AS dev
RUN npm ci
COPY . .
CMD ["npm", "run", "dev"]

# dev a déjà toutes les dépendances et les sources : on compile à partir de là
FROM dev AS build
RUN npm run build

FROM base AS prod
ENV NODE_ENV=production
RUN npm ci --omit=dev
COPY --from=build /app/dist ./dist
CMD ["node", "dist/index.js"]
