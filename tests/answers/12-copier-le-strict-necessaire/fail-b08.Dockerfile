# Reviewer: Only package.json copied before npm ci --omit=dev: npm ci requires package-lock.json and errors, build fails (PROJECT.md; npm ci docs)
FROM node:22 AS builder
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci
COPY . .
RUN npm run build

FROM node:22-slim AS runtime
ENV NODE_ENV=production
WORKDIR /app
# seulement les 3 choses utiles : package.json, deps de prod, dist/
COPY package.json ./
RUN npm ci --omit=dev
COPY --from=builder /app/dist ./dist
USER node
CMD ["node", "dist/index.js"]
