# Reviewer: npm ci --omit=dev installs no typescript, so RUN npm run build fails: tsc not found (PROJECT.md tool facts)
# Premier stage : dépendances + compilation
FROM node:22 AS build
WORKDIR /app
COPY package.json package-lock.json ./
# pas de dépendances de dev, on n'en veut pas dans l'image
RUN npm ci --omit=dev
COPY . .
RUN npm run build

# Second stage
FROM node:22-slim
WORKDIR /app
COPY --from=build /app/dist ./dist
CMD ["node", "dist/index.js"]
