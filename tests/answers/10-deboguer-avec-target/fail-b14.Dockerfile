# Reviewer: Final image has no node_modules: require("express") fails at start (PROJECT.md: app needs Express at run time; Node module resolution)
# Un seul stage "builder" : c'est lui qui compile le TypeScript.
FROM node:22 AS builder
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci
COPY . .
RUN npm run build

# Image finale : on ne récupère que le JS compilé
FROM node:22-slim AS runtime
ENV NODE_ENV=production
WORKDIR /app
COPY package.json package-lock.json ./
COPY --from=builder /app/dist ./dist
USER node
CMD ["node", "dist/index.js"]
