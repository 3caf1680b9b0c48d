# syntax=docker/dockerfile:1
# Reviewer: npm config set writes the token into /root/.npmrc inside that RUN's layer; the later delete does not remove it from the layer (npm config set → user config; layers)
FROM node:22 AS build
WORKDIR /app
COPY package.json package-lock.json .npmrc ./
# take the token out of the secret and hand it to npm's config
RUN --mount=type=secret,id=npmrc \
    npm config set "//npm.pkg.github.com/:_authToken" "$(grep _authToken /run/secrets/npmrc | cut -d= -f2-)" \
 && npm ci
COPY . .
RUN npm run build && npm prune --omit=dev
# clean up the token
RUN npm config delete "//npm.pkg.github.com/:_authToken"

FROM node:22-slim
ENV NODE_ENV=production
WORKDIR /app
COPY --from=build /app/package.json ./
COPY --from=build /app/node_modules ./node_modules
COPY --from=build /app/dist ./dist
USER node
CMD ["node", "dist/index.js"]
