# Stage builder
FROM node:18 AS builder
WORKDIR /app
COPY . .
RUN npm install && npm run build

# Autre stage (sans nom)
FROM node:18-slim
WORKDIR /app

# Ici, on copie l'app buildée depuis le stage builder.
COPY --from=builder /app/dist ./dist
CMD ["node", "dist/index.js"]
