# Reviewer: prod copies the full node_modules from build, devDependencies included, not only production dependencies (EXERCISE.md goal bullet 3)
FROM node:22-slim AS base
WORKDIR /app
COPY package.json package-lock.json ./

FROM base AS dev
RUN npm ci
COPY . .
CMD ["npm", "run", "dev"]

FROM base AS build
RUN npm ci
COPY . .
RUN npm run build

# prod : on reprend ce que build a déjà installé et compilé, pas de second npm ci
FROM base AS prod
ENV NODE_ENV=production
COPY --from=build /app/node_modules ./node_modules
COPY --from=build /app/dist ./dist
CMD ["node", "dist/index.js"]
