# La base commune : l’image, le dossier, les fichiers de dépendances. Écrite une fois.
FROM node:22-slim AS base
WORKDIR /app
COPY package.json package-lock.json ./

# Développement : docker build --target dev .
FROM base AS dev
ENV NODE_ENV=development
RUN npm ci
COPY . .
CMD ["npm", "run", "dev"]

# Compilation, pour prod.
FROM base AS build
RUN npm ci
COPY . .
RUN npm run build

# Production, en dernier : la cible par défaut. Le staging fait tourner cette même image.
FROM base AS prod
ENV NODE_ENV=production
RUN npm ci --omit=dev
COPY --from=build /app/dist ./dist
USER node
CMD ["node", "dist/index.js"]
