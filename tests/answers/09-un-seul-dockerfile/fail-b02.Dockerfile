# Reviewer: base sets NODE_ENV=production, so npm ci in build (FROM base) omits devDependencies: tsc not found, npm run build fails (npm config omit default)
# Une seule version de Node pour tous les environnements
FROM node:22-slim AS base
ENV NODE_ENV=production
WORKDIR /app
COPY package.json package-lock.json ./

FROM base AS dev
ENV NODE_ENV=development
RUN npm ci
COPY . .
CMD ["npm", "run", "dev"]

FROM base AS build
RUN npm ci
COPY . .
RUN npm run build

FROM base AS prod
RUN npm ci --omit=dev
COPY --from=build /app/dist ./dist
USER node
CMD ["node", "dist/index.js"]
