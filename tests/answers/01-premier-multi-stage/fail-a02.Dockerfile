# Reviewer: COPY --from=build dist: source of COPY --from is resolved from the stage's filesystem root, /dist does not exist, build fails (Dockerfile ref. COPY --from)
FROM node:22 AS build
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci
COPY . .
RUN npm run build

FROM node:22-slim
WORKDIR /app
# on récupère dist/ depuis le stage de build (même WORKDIR des deux côtés)
COPY --from=build dist ./dist
CMD ["node", "dist/index.js"]
