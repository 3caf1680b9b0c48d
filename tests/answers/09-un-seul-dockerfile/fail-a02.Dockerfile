# Reviewer: NODE_ENV=production in base makes npm ci omit devDependencies, so tsc is missing and RUN npm run build fails (npm config omit default; PROJECT.md)
# Base commune : une seule version de Node pour tout le monde
FROM node:22-slim AS base
ENV NODE_ENV=production
WORKDIR /app
COPY package.json package-lock.json ./

# --- développement ---
FROM base AS dev
RUN npm ci
COPY . .
CMD ["npm", "run", "dev"]

# --- compilation TypeScript ---
FROM base AS build
RUN npm ci
COPY . .
RUN npm run build

# --- production (et staging) ---
FROM base AS prod
RUN npm ci --omit=dev
COPY --from=build /app/dist ./dist
CMD ["node", "dist/index.js"]
