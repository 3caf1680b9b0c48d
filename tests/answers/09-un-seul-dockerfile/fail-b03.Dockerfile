# Reviewer: build is FROM dev and prod copies from build, so prod depends on dev: goal "prod does not depend on dev" not met
FROM node:22-slim AS base
WORKDIR /app
COPY package.json package-lock.json ./

FROM base AS dev
RUN npm ci
COPY . .
EXPOSE 3000
CMD ["npm", "run", "dev"]

# dev a déjà toutes les dépendances et les sources : on compile à partir de lui
FROM dev AS build
RUN npm run build

FROM base AS prod
ENV NODE_ENV=production
RUN npm ci --omit=dev
COPY --from=build /app/dist ./dist
USER node
EXPOSE 3000
CMD ["node", "dist/index.js"]
