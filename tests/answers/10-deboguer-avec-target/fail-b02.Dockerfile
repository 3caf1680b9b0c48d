# Reviewer: 'FROM node:22 as builder' mixes FROM/as casing: FromAsCasing warning remains (buildkit linter ruleset FromAsCasing; docs rule from-as-casing)
# docker build --target builder -t api:debug .  -> s'arrête sur la compilation
FROM node:22 as builder
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
COPY --from=builder /app/dist ./dist
USER node
CMD ["node", "dist/index.js"]
