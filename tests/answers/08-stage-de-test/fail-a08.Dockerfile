# Reviewer: builder still runs npm test && npm run build, so every production docker build reruns the suite; the tests were duplicated, not moved (EXERCISE.md goal)
FROM node:22 AS builder
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci
COPY . .
RUN npm test && npm run build

# stage dédié pour lancer les tests seuls en CI
FROM builder AS test
RUN npm test

FROM node:22-slim AS prod
ENV NODE_ENV=production
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --omit=dev
COPY --from=builder /app/dist ./dist
USER node
CMD ["node", "dist/index.js"]
