# Reviewer: COPY --from=builder /app copies node_modules with all dev deps (and more than dist/) into the final image; rm in a later layer keeps them (goal 2-3)
# build
FROM node:22 AS builder
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci
COPY . .
RUN npm run build

# run
FROM node:22-slim
WORKDIR /app
COPY --from=builder /app ./
# on enlève ce qui ne sert pas à l'exécution
RUN rm -rf src tests tsconfig.json
CMD ["node", "dist/index.js"]
