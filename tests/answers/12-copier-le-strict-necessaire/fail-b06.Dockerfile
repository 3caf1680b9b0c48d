# Reviewer: COPY --from=builder /app/dist . copies dist's contents into /app, so /app/dist/index.js is missing: node cannot find it (Dockerfile ref. COPY directory contents)
FROM node:22 AS builder
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci
COPY . .
RUN npm run build

FROM node:22-slim AS runtime
ENV NODE_ENV=production
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --omit=dev
# uniquement le JS compilé
COPY --from=builder /app/dist .
USER node
CMD ["node", "dist/index.js"]
