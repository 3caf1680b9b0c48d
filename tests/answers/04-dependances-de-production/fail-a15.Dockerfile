# Reviewer: global ARG NPM_FLAGS not redeclared in deps stage, so ${NPM_FLAGS} is empty: npm ci installs dev deps (Dockerfile ref. "Understand how ARG and FROM interact")
# options npm pour l'install de prod
ARG NPM_FLAGS="--omit=dev"

FROM node:22 AS builder
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci
COPY . .
RUN npm run build

FROM node:22 AS deps
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci ${NPM_FLAGS}

FROM node:22-slim AS runtime
ENV NODE_ENV=production
WORKDIR /app
COPY --from=deps /app/node_modules ./node_modules
COPY --from=builder /app/dist ./dist
USER node
CMD ["node", "dist/index.js"]
