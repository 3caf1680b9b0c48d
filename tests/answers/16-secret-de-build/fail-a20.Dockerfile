# syntax=docker/dockerfile:1
# Reviewer: No ~ expansion in mount target: secret lands at a literal "~/.npmrc" path, not /root/.npmrc; npm ci finds no token, E401 (convert_secrets.go; commands_runmount.go)
FROM node:22-alpine AS build
WORKDIR /app
COPY package.json package-lock.json .npmrc ./
# npm lit ~/.npmrc -> on y monte le secret, seulement pour npm ci
RUN --mount=type=secret,id=npmrc,target=~/.npmrc \
    npm ci
COPY . .
RUN npm run build && npm prune --omit=dev

FROM node:22-alpine
ENV NODE_ENV=production
WORKDIR /app
COPY --from=build /app/package.json ./
COPY --from=build /app/node_modules ./node_modules
COPY --from=build /app/dist ./dist
USER node
CMD ["node", "dist/index.js"]
