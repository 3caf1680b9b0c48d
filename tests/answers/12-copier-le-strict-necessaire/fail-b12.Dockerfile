# Reviewer: COPY . . in the final stage brings src/, tests/, tsconfig.json into the image; goal forbids them (exercise goal; .dockerignore only drops .git, node_modules)
FROM node:22 AS builder
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci
COPY . .
RUN npm run build

# Runtime : on réinstalle uniquement les deps de prod au lieu de copier node_modules du builder
FROM node:22-slim AS runtime
ENV NODE_ENV=production
WORKDIR /app
COPY . .
RUN npm ci --omit=dev
COPY --from=builder /app/dist ./dist
USER node
CMD ["node", "dist/index.js"]
