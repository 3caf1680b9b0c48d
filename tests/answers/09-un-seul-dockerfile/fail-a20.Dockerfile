# Reviewer: dev stage lacks COPY . ., so src/ and tsconfig.json are absent and npm run dev (tsx watch src/index.ts) cannot start (PROJECT.md npm run dev needs)
FROM node:22-slim AS base
WORKDIR /app
COPY package.json package-lock.json ./

FROM base AS dev
RUN npm ci
CMD ["npm", "run", "dev"]

FROM base AS build
RUN npm ci
COPY . .
RUN npm run build

FROM base AS prod
ENV NODE_ENV=production
RUN npm ci --omit=dev
COPY --from=build /app/dist ./dist
CMD ["node", "dist/index.js"]
