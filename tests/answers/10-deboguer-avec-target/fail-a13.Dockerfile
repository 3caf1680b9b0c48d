# Reviewer: stage still named Builder: StageNameCasing warning "Stage name 'Builder' should be lowercase" (docs.docker.com/go/dockerfile/rule/stage-name-casing)
# --target Builder pour inspecter dist/
FROM node:22 AS Builder
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
COPY --from=Builder /app/dist ./dist
USER node
CMD ["node", "dist/index.js"]
