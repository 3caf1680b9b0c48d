# Reviewer: COPY --from=deps /app/dist: deps stage never builds dist, source not found, build fails; dist must come from builder (buildkit convert_copy.go RequiredPaths)
FROM node:22 AS builder
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci
COPY . .
RUN npm run build

FROM node:22 AS deps
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --omit=dev

FROM node:22-slim AS runtime
ENV NODE_ENV=production
WORKDIR /app
COPY --from=deps /app/package.json ./
COPY --from=deps /app/node_modules ./node_modules
COPY --from=deps /app/dist ./dist
USER node
CMD ["node", "dist/index.js"]
