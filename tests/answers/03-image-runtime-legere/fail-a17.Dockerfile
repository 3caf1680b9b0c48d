# Reviewer: COPY --from source "dist" is resolved from the builder stage root (/dist), not WORKDIR /app: "/dist": not found (buildkit dockerfile2llb convert_copy.go NormalizePath("/",src))
FROM node:22 AS builder
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci
COPY . .
RUN npm run build

FROM node:22-slim AS runtime
WORKDIR /app
COPY --from=builder dist ./dist
EXPOSE 3000
CMD ["node", "dist/index.js"]
