# Reviewer: dev is the last stage, so docker build . builds dev, not prod; goal says prod last (docs.docker.com multi-stage: default target is the last stage)
FROM node:22-slim AS base
WORKDIR /app
COPY package.json package-lock.json ./

FROM base AS build
RUN npm ci
COPY . .
RUN npm run build

FROM base AS prod
ENV NODE_ENV=production
RUN npm ci --omit=dev
COPY --from=build /app/dist ./dist
CMD ["node", "dist/index.js"]

FROM base AS dev
RUN npm ci
COPY . .
CMD ["npm", "run", "dev"]
