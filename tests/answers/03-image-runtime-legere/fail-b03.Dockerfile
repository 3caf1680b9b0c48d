# Reviewer: COPY --from=builder /app/dist . copies dist's contents into /app (dir itself not copied): /app/dist/index.js missing at run (Dockerfile ref. COPY)
FROM node:22 AS builder
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci
COPY . .
RUN npm run build

FROM node:22-alpine AS runtime
WORKDIR /app
COPY --from=builder /app/dist .
CMD ["node", "dist/index.js"]
