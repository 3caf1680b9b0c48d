# Reviewer: ENTRYPOINT ["dist/index.js"] execs a 0644 file with no shebang: permission denied; must run via node (Dockerfile ref. ENTRYPOINT; PROJECT.md tsc output mode)
FROM node:22 AS build
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci
COPY . .
RUN npm run build

FROM node:22-slim
WORKDIR /app
COPY --from=build /app/dist ./dist
# l'application est le point d'entrée de l'image
ENTRYPOINT ["dist/index.js"]
