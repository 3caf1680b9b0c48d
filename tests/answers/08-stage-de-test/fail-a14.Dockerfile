# Reviewer: WORKDIR /app created by root, then USER node: npm ci --omit=dev cannot create /app/node_modules (EACCES), build fails (buildkit dispatchWorkdir; Dockerfile ref. USER)
FROM node:22 AS deps
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci

FROM deps AS test
COPY . .
RUN npm test

FROM deps AS builder
COPY . .
RUN npm run build

FROM node:22-slim AS prod
ENV NODE_ENV=production
WORKDIR /app
# pas de root en prod
USER node
COPY package.json package-lock.json ./
RUN npm ci --omit=dev
COPY --from=builder /app/dist ./dist
CMD ["node", "dist/index.js"]
