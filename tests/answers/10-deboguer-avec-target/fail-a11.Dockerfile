# Reviewer: USER node set before RUN npm ci in runtime: /app is root-owned, npm cannot create node_modules (EACCES), docker build . fails (BuildKit dispatchWorkdir)
FROM node:22 AS builder
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci
COPY . .
RUN npm run build

# les dépendances de prod sont installées directement dans l'image finale
FROM node:22-slim AS runtime
ENV NODE_ENV=production
WORKDIR /app
USER node
COPY package.json package-lock.json ./
RUN npm ci --omit=dev
COPY --from=builder /app/dist ./dist
CMD ["node", "dist/index.js"]
