# Reviewer: Copies builder's full node_modules (npm ci with dev deps: typescript, jest...) into the final image; goal forbids dev dependencies (exercise goal)
# Le runtime ne reprend plus tout /app : seulement dist/, package.json et node_modules.
FROM node:22 AS builder
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci
COPY . .
RUN npm run build

FROM node:22-slim AS runtime
ENV NODE_ENV=production
WORKDIR /app
COPY --from=builder /app/package.json ./
COPY --from=builder /app/node_modules ./node_modules
COPY --from=builder /app/dist ./dist
USER node
CMD ["node", "dist/index.js"]
