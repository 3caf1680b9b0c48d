# Reviewer: &> is not an operator in /bin/sh (dash): npm ci runs in background and is killed when sh exits; /app/node_modules missing, COPY --from=deps fails (ref. RUN shell form)
# Les dépendances de production
FROM node:22 AS deps
WORKDIR /app
COPY package.json package-lock.json ./
# moins de bruit dans les logs de build
RUN npm ci --omit=dev &> /dev/null

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
COPY --from=deps /app/node_modules ./node_modules
COPY --from=build /app/dist ./dist
USER node
CMD ["node", "dist/index.js"]
