# Reviewer: only dist/index.js copied; it requires the other compiled modules of src/, so node fails with MODULE_NOT_FOUND at start (PROJECT: index.ts imports modules)
FROM node:22 AS build
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci
COPY . .
RUN npm run build

FROM node:22-slim
WORKDIR /app
# juste le point d'entrée compilé
COPY --from=build /app/dist/index.js ./dist/index.js
CMD ["node", "dist/index.js"]
