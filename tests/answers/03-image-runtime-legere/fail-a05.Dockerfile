# Reviewer: npm ci --omit=dev skips typescript, so npm run build fails with tsc: not found (PROJECT.md; npm ci --omit docs)
# Pas de devDependencies dans l'image : on installe en mode prod
FROM node:22 AS builder
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --omit=dev
COPY . .
RUN npm run build

FROM node:22-slim AS runtime
WORKDIR /app
COPY --from=builder /app/dist ./dist
CMD ["node", "dist/index.js"]
