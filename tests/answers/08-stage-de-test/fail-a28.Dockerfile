# Reviewer: dist copied to /dist while node_modules is in /app: require("express") from /dist finds no node_modules, app crashes (Node.js module resolution; PROJECT.md)
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
COPY package.json package-lock.json ./
RUN npm ci --omit=dev
COPY --from=builder /app/dist /dist
USER node
CMD ["node", "/dist/index.js"]
