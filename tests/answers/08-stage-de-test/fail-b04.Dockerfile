# Reviewer: prod does COPY --from=test, so docker build . builds the test stage and reruns the suite: goal "prod does not depend on test" not met
FROM node:22 AS builder
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci
COPY . .
RUN npm run build

FROM builder AS test
RUN npm test

FROM node:22-slim AS prod
ENV NODE_ENV=production
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --omit=dev
# on ne livre que du code qui a passé les tests
COPY --from=test /app/dist ./dist
USER node
CMD ["node", "dist/index.js"]
