# Reviewer: USER node before RUN npm ci in /app created root-owned by WORKDIR (buildkit dispatchWorkdir mkdir as current user): EACCES creating node_modules, build fails
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
# pas de root en production
USER node
RUN npm ci --omit=dev
COPY --from=build --chown=node:node /app/dist ./dist
CMD ["node", "dist/index.js"]
