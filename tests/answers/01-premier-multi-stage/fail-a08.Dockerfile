# Reviewer: COPY --from=build /app/dist . copies the directory's contents into /app, so /app/dist/index.js is missing at start (Dockerfile ref. COPY: only contents copied)
FROM node:22 AS build
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci
COPY . .
RUN npm run build

FROM node:22-slim
WORKDIR /app
# uniquement le résultat de la compilation
COPY --from=build /app/dist .
CMD ["node", "dist/index.js"]
