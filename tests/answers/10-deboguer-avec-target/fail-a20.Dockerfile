# Reviewer: [[ -f dist/index.js ]] runs under /bin/sh (dash in node:22), where [[ is not found: RUN exits 127, build fails (Dockerfile ref. RUN shell form)
FROM node:22 AS builder
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci
COPY . .
# on vérifie tout de suite que la compilation a bien produit le point d'entrée
RUN npm run build && [[ -f dist/index.js ]] && echo "dist OK"

FROM node:22 AS deps
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --omit=dev

FROM node:22-slim AS runtime
ENV NODE_ENV=production
WORKDIR /app
COPY package.json ./
COPY --from=deps /app/node_modules ./node_modules
COPY --from=builder /app/dist ./dist
USER node
CMD ["node", "dist/index.js"]
