# Reviewer: ENTRYPOINT ["dist/index.js"] replaces docker-entrypoint.sh; file is 0644 with no shebang, exec fails with permission denied (Dockerfile ref. ENTRYPOINT; PROJECT.md)
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
COPY --from=builder /app/dist ./dist
USER node
EXPOSE 3000
ENTRYPOINT ["dist/index.js"]
