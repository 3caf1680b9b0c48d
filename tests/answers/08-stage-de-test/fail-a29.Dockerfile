# Reviewer: tests/ is never copied into deps, so jest roots <rootDir>/tests is missing and npm test fails in --target test (PROJECT.md jest config)
FROM node:22 AS deps
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci
COPY tsconfig.json ./
COPY src ./src

FROM deps AS test
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
