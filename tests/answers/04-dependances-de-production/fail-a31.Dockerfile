# Reviewer: ENTRYPOINT ["node"] + CMD ["node","dist/index.js"] runs node node dist/index.js: Cannot find module /app/node (Dockerfile ref. ENTRYPOINT/CMD interaction)
FROM node:22 AS builder
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci
COPY . .
RUN npm run build

FROM node:22 AS deps
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --omit=dev

FROM node:22-slim AS runtime
ENV NODE_ENV=production
WORKDIR /app
COPY --from=deps /app/node_modules ./node_modules
COPY --from=builder /app/dist ./dist
USER node
ENTRYPOINT ["node"]
CMD ["node", "dist/index.js"]
