# Reviewer: COPY --from=builder /app/dist . copies dist's contents into /app, so dist/index.js does not exist at run time (Dockerfile ref. COPY: directory contents copied)
FROM node:22 AS builder
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci
COPY . .
RUN npm run build

FROM node:22-alpine AS runtime
WORKDIR /app
# on récupère uniquement le JS compilé
COPY --from=builder /app/dist .
EXPOSE 3000
CMD ["node", "dist/index.js"]
