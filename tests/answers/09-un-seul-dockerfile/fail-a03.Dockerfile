# Reviewer: COPY --from=build dist: --from source paths resolve from the stage root, /dist does not exist (built at /app/dist) (BuildKit convert_copy NormalizePath("/"))
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
# on récupère le JS compilé du stage build
COPY --from=build dist ./dist
CMD ["node", "dist/index.js"]
