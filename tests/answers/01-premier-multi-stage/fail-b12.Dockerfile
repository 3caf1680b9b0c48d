# Reviewer: last stage is test (FROM build), the default target: final image is the build stage with sources, tests and dev deps, CMD node REPL (BuildKit lastTarget)
# build
FROM node:22 AS build
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci
COPY . .
RUN npm run build

# image d'exécution
FROM node:22-slim AS runtime
WORKDIR /app
COPY --from=build /app/dist ./dist
CMD ["node", "dist/index.js"]

# les tests tournent sur le stage de build (il a les devDependencies)
FROM build AS test
RUN npm test
