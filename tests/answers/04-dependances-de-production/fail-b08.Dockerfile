# Reviewer: RUN npm prune as USER node in root-owned /app/node_modules (COPY without --chown) fails with EACCES; build fails (and the COPY layer would still hold dev deps) (Dockerfile ref. USER/COPY)
FROM node:22 AS builder
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci
COPY . .
RUN npm run build

FROM node:22-slim AS runtime
ENV NODE_ENV=production
WORKDIR /app
COPY --from=builder /app/package.json /app/package-lock.json ./
COPY --from=builder /app/node_modules ./node_modules
COPY --from=builder /app/dist ./dist
USER node
# on retire typescript, jest, etc.
RUN npm prune --omit=dev
CMD ["node", "dist/index.js"]
