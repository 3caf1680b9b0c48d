# Reviewer: builder copies only tsconfig and src/, test FROM builder has no tests/: jest fails "Directory /app/tests in the roots[0] option was not found" (jest e2e existentRoots)
FROM node:22 AS builder
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci
# seulement ce qu'il faut pour compiler
COPY tsconfig.json ./
COPY src/ ./src/
RUN npm run build

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
