# Reviewer: prod copies node_modules from build, which ran full npm ci: devDependencies ship in prod, goal "only dist/ and production deps" not met
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
# node_modules et dist viennent du build, pas besoin de réinstaller
COPY --from=build /app/node_modules ./node_modules
COPY --from=build /app/dist ./dist
USER node
CMD ["node", "dist/index.js"]
