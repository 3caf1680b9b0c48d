# Stage builder : on installe tout (TypeScript compris) et on compile.
FROM node:22 AS builder
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci
COPY . .
RUN npm run build

# Stage runtime : une base légère qui ne reçoit que le JavaScript compilé.
FROM node:22-slim AS runtime
WORKDIR /app
# La source part de la racine du stage builder : /app/dist, pas dist.
COPY --from=builder /app/dist ./dist
CMD ["node", "dist/index.js"]
