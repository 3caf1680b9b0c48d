# Reviewer: distroless ENTRYPOINT ["/nodejs/bin/node"] + CMD ["node","dist/index.js"] makes node load /app/node: Cannot find module (distroless nodejs README)
FROM node:22 AS builder
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci
COPY . .
RUN npm run build

# distroless : pas de shell, pas de npm, juste node
FROM gcr.io/distroless/nodejs22-debian12 AS runtime
WORKDIR /app
COPY --from=builder /app/dist ./dist
CMD ["node", "dist/index.js"]
