# Reviewer: ARG NODE_VERSION has no default, so with no build args FROM node:-slim is an invalid reference and docker build fails (build check InvalidDefaultArgInFrom)
# La version de Node est fixée à un seul endroit
ARG NODE_VERSION
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
