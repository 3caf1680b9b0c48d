# Reviewer: test stage is last, so docker build . builds the default last stage "test" (runs npm test), not the production image (docs.docker.com multi-stage --target)
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

# Tests : docker build --target test .
FROM builder AS test
RUN npm test
