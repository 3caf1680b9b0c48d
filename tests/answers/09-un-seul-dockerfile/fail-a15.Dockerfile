# Reviewer: COPY --from=build /app/dist . copies dist's contents into /app, so /app/dist/index.js is missing for CMD node dist/index.js (Dockerfile ref. COPY directory contents)
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
COPY --from=build /app/dist .
CMD ["node", "dist/index.js"]
