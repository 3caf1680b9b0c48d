# Reviewer: ambiguous: node:18-slim runtime runs ES2022 CommonJS output; exercise only asks for an image that provides Node.js (EXERCISE goal; tsconfig target ES2022)
# compilation
FROM node:22 AS build
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci
COPY . .
RUN npm run build

# exécution (le code compilé cible ES2022, Node 18 suffit)
FROM node:18-slim
WORKDIR /app
COPY --from=build /app/dist ./dist
CMD ["node", "dist/index.js"]
