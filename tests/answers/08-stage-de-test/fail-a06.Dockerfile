# Reviewer: Stage is named tests, not test: docker build --target test . fails, target stage "test" could not be found (Dockerfile ref. FROM AS; --target)
FROM node:22 AS deps
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci
COPY . .

# stage de tests pour la CI
FROM deps AS tests
RUN npm test

FROM deps AS builder
RUN npm run build

FROM node:22-slim AS prod
ENV NODE_ENV=production
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --omit=dev
COPY --from=builder /app/dist ./dist
USER node
CMD ["node", "dist/index.js"]
