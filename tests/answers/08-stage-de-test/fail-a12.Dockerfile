# Reviewer: prod copies the whole /app from builder: dev node_modules, src and tests end up in the final image; goal 4 unmet (EXERCISE.md)
FROM node:22 AS builder
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci
COPY . .
RUN npm run build

FROM builder AS test
RUN npm test

FROM node:22-slim AS prod
ENV NODE_ENV=production
WORKDIR /app
# tout ce qu'il faut : dist, node_modules, package.json
COPY --from=builder /app /app
USER node
CMD ["node", "dist/index.js"]
