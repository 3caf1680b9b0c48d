# Reviewer: COPY --from=build /app/dist . copies dist's contents into /app, so /app/dist/index.js does not exist and node crashes MODULE_NOT_FOUND (Dockerfile ref. COPY dir contents)
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
# le code compilé dans /app
COPY --from=build /app/dist .
USER node
CMD ["node", "dist/index.js"]
