# Reviewer: COPY --from=builder dist: source path resolves from the stage root to /dist, which does not exist: build fails (buildkit dispatchCopy NormalizePath("/", src))
FROM node:22 AS deps
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci

FROM deps AS test
COPY . .
RUN npm test

FROM deps AS builder
COPY . .
RUN npm run build

FROM node:22-slim AS prod
ENV NODE_ENV=production
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --omit=dev
COPY --from=builder dist ./dist
USER node
CMD ["node", "dist/index.js"]
