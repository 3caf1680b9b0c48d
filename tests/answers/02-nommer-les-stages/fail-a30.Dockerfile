# Reviewer: ARG NODE_VERSION declared inside the first stage is not global: FROM node:${NODE_VERSION} gives node:, invalid reference, build fails (Dockerfile ref. ARG and FROM)
# Les dépendances de production
FROM node:22 AS deps
ARG NODE_VERSION=22
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --omit=dev

# La compilation du TypeScript
FROM node:${NODE_VERSION} AS build
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci
COPY . .
RUN npm run build

# L’image finale
FROM node:${NODE_VERSION}-slim AS runtime
ENV NODE_ENV=production
WORKDIR /app
COPY package.json ./
COPY --from=deps /app/node_modules ./node_modules
COPY --from=build /app/dist ./dist
USER node
CMD ["node", "dist/index.js"]
