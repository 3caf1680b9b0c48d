# Reviewer: stage is named "tests": docker build --target test . fails, target stage "test" could not be found (Dockerfile ref. --target)
FROM node:22 AS builder
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci
COPY . .
RUN npm run build

# stage des tests, pour la CI
FROM builder AS tests
RUN npm test

FROM node:22-slim AS prod
ENV NODE_ENV=production
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --omit=dev
COPY --from=builder /app/dist ./dist
USER node
CMD ["node", "dist/index.js"]
