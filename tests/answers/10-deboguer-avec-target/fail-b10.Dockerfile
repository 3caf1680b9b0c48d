# Reviewer: --from=bulider is a typo: not a stage, so BuildKit pulls image docker.io/library/bulider, which does not exist; docker build . fails (Dockerfile ref. COPY --from)
# docker build --target builder -t api:debug .   pour inspecter dist/
FROM node:22 AS builder
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci
COPY . .
RUN npm run build

FROM node:22 AS deps
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --omit=dev

FROM node:22-slim AS runtime
ENV NODE_ENV=production
WORKDIR /app
COPY package.json ./
COPY --from=deps /app/node_modules ./node_modules
COPY --from=bulider /app/dist ./dist
USER node
CMD ["node", "dist/index.js"]
