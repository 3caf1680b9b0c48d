# Reviewer: base does COPY . ., so prod (FROM base) also holds src/, tests/, README etc., not only dist/ and prod deps (EXERCISE.md goal bullets 1 and 3)
# Stage commun : image, dossier de travail, fichiers du projet
FROM node:22-slim AS base
WORKDIR /app
COPY package.json package-lock.json ./
COPY . .

FROM base AS dev
RUN npm ci
CMD ["npm", "run", "dev"]

FROM base AS build
RUN npm ci && npm run build

FROM base AS prod
ENV NODE_ENV=production
RUN npm ci --omit=dev
COPY --from=build /app/dist ./dist
CMD ["node", "dist/index.js"]
