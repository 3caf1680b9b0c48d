# Reviewer: files copied to /app but WORKDIR is /home/node/app: node dist/index.js cannot find /home/node/app/dist/index.js
FROM node:22 AS builder
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci
COPY . .
RUN npm run build && npm prune --omit=dev

FROM node:22-slim AS runtime
ENV NODE_ENV=production
WORKDIR /home/node/app
COPY --from=builder /app/package.json /app/package.json
COPY --from=builder /app/node_modules /app/node_modules
COPY --from=builder /app/dist /app/dist
USER node
CMD ["node", "dist/index.js"]
