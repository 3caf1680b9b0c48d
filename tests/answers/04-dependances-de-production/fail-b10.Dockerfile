# Reviewer: distroless ENTRYPOINT is /nodejs/bin/node, so CMD ["node","dist/index.js"] runs node with script /app/node: Cannot find module (distroless nodejs/BUILD; Dockerfile ref. CMD)
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

FROM gcr.io/distroless/nodejs22-debian12
ENV NODE_ENV=production
WORKDIR /app
COPY --from=deps /app/node_modules ./node_modules
COPY --from=builder /app/dist ./dist
USER nonroot
CMD ["node", "dist/index.js"]
