# syntax=docker/dockerfile:1
# Reviewer: env=NPM_TOKEN holds the whole secret file (registry line + token line), so ${NPM_TOKEN} expands to an invalid token, npm ci fails (convert_secrets.go env; npm env-replace)
FROM node:22 AS build
WORKDIR /app
COPY package.json package-lock.json .npmrc ./
# npm expands ${VAR} in .npmrc: only the variable *name* goes into the file,
# the value comes from the secret as an env var during npm ci
RUN echo '//npm.pkg.github.com/:_authToken=${NPM_TOKEN}' >> .npmrc
RUN --mount=type=secret,id=npmrc,env=NPM_TOKEN \
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
