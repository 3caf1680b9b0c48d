# syntax=docker/dockerfile:1
# Reviewer: Secret only at default /run/secrets/npmrc, which npm never reads; project .npmrc has no token, so npm ci fails E401 (convert_secrets.go default dest; npm config)
# Build : docker build --secret id=npmrc,src=$HOME/.npmrc -t api .
FROM node:22 AS build
WORKDIR /app
COPY package.json package-lock.json .npmrc ./
# plus de --build-arg : le jeton arrive par un secret de build
RUN --mount=type=secret,id=npmrc \
    npm ci
COPY . .
RUN npm run build && npm prune --omit=dev

FROM node:22-slim
ENV NODE_ENV=production
WORKDIR /app
COPY --from=build /app/package.json ./
COPY --from=build /app/node_modules ./node_modules
COPY --from=build /app/dist ./dist
USER node
CMD ["node", "dist/index.js"]
