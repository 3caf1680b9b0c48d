# Reviewer: COPY --from=deps node_modules resolves to /node_modules at the stage root, not /app/node_modules: not found (BuildKit convert_copy.go NormalizePath("/"))
# Les dépendances de production
FROM node:22 AS deps
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --omit=dev

# La compilation du TypeScript
FROM node:22 AS build
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci
COPY . .
RUN npm run build

# L’image finale
FROM node:22-slim AS runtime
ENV NODE_ENV=production
WORKDIR /app
COPY package.json ./
# les deux stages travaillent dans /app
COPY --from=deps node_modules ./node_modules
COPY --from=build dist ./dist
USER node
CMD ["node", "dist/index.js"]
