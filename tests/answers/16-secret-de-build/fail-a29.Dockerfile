# syntax=docker/dockerfile:1
# Reviewer: Bind mount reads the build context, not the host: $HOME is undefined in the Dockerfile, so the token-free context .npmrc is mounted; npm ci E401 (convert_runmount.go)
FROM node:22 AS build
WORKDIR /app
COPY package.json package-lock.json .npmrc ./
# use the CI's ~/.npmrc for the install without copying it into the image
RUN --mount=type=bind,source=$HOME/.npmrc,target=/root/.npmrc \
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
