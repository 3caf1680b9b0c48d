# Reviewer: ARG NODE_VERSION declared inside the first stage is not global: FROM node:${NODE_VERSION}-slim gives node:-slim, invalid reference, build fails (ref. ARG and FROM)
FROM node:22 AS build
ARG NODE_VERSION=22
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci
COPY . .
RUN npm run build

FROM node:${NODE_VERSION}-slim
WORKDIR /app
COPY --from=build /app/dist ./dist
CMD ["node", "dist/index.js"]
