# Reviewer: COPY --from=deps node_modules: COPY --from sources resolve from the stage's filesystem root, /node_modules does not exist, build fails (Dockerfile ref. COPY --from)
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
COPY --from=deps node_modules ./node_modules
COPY --from=build dist ./dist
USER node
CMD ["node", "dist/index.js"]
