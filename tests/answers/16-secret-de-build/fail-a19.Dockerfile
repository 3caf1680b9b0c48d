# syntax=docker/dockerfile:1
# Reviewer: Empty NPM_TOKEN appends an empty _authToken to project .npmrc, which overrides the secret's user config token: npm ci gets no creds, E401 (@npmcli/config getCredentialsByURI)
# La CI passe maintenant --secret id=npmrc,src=$HOME/.npmrc
FROM node:22 AS build
ARG NPM_TOKEN
WORKDIR /app
COPY package.json package-lock.json .npmrc ./
RUN --mount=type=secret,id=npmrc,target=/root/.npmrc \
    echo "//npm.pkg.github.com/:_authToken=${NPM_TOKEN}" >> .npmrc \
    && npm ci
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
