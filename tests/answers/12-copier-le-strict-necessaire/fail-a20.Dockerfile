# Reviewer: COPY /app/dist /app/package.json ./ copies dist's contents, not the dir, into /app: dist/index.js missing (Dockerfile ref. COPY directory)
FROM node:22 AS builder
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci
COPY . .
RUN npm run build && npm prune --omit=dev

FROM node:22-slim AS runtime
ENV NODE_ENV=production
WORKDIR /app
COPY --from=builder /app/dist /app/package.json ./
COPY --from=builder /app/node_modules ./node_modules
USER node
CMD ["node", "dist/index.js"]
