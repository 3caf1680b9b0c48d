# Reviewer: test is the last stage, so docker build . builds test, not the production image (docs.docker.com/build/building/multi-stage: last stage is default target)
FROM node:22 AS builder
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci
COPY . .
RUN npm run build

FROM node:22-slim AS prod
ENV NODE_ENV=production
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --omit=dev
COPY --from=builder /app/dist ./dist
USER node
CMD ["node", "dist/index.js"]

# Les tests, à lancer avec --target test
FROM builder AS test
RUN npm test
