# Reviewer: FROM --platform=linux/amd64 constant raises FromPlatformFlagConstDisallowed warning (BuildKit validations.go reportConstPlatformDisallowed)
# Je développe sur un Mac M1 : on force l'architecture du serveur
FROM --platform=linux/amd64 node:22 AS builder
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci
COPY . .
RUN npm run build

FROM --platform=linux/amd64 node:22 AS deps
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --omit=dev

FROM --platform=linux/amd64 node:22-slim AS runtime
ENV NODE_ENV=production
WORKDIR /app
COPY package.json ./
COPY --from=deps /app/node_modules ./node_modules
COPY --from=builder /app/dist ./dist
USER node
CMD ["node", "dist/index.js"]
