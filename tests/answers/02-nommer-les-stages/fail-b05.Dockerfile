# Reviewer: final stage copies node_modules from build (all dev deps), not from deps: not the same image as before, dev deps shipped; deps stage unused
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

# L’image finale : node_modules et dist viennent du stage build
FROM node:22-slim AS runtime
ENV NODE_ENV=production
WORKDIR /app
COPY package.json ./
COPY --from=build /app/node_modules ./node_modules
COPY --from=build /app/dist ./dist
USER node
CMD ["node", "dist/index.js"]
