# Reviewer: a staging stage comes after prod, so docker build . gives staging (NODE_ENV=staging), not prod; staging must have no target (multi-stage docs; EXERCISE.md)
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

FROM base AS prod
ENV NODE_ENV=production
RUN npm ci --omit=dev
COPY --from=build /app/dist ./dist
CMD ["node", "dist/index.js"]

# staging : exactement l'image prod, seules les variables changent
FROM prod AS staging
ENV NODE_ENV=staging
