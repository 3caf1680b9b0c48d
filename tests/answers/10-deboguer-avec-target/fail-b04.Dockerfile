# Reviewer: COPY --from=builder dist: source path is resolved from the stage root (/dist), not WORKDIR; /dist not found, build fails (buildkit convert_copy.go NormalizePath("/"))
# Un seul stage builder (compilation), deps pour la prod, runtime en final.
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
COPY --from=builder dist ./dist
USER node
CMD ["node", "dist/index.js"]
