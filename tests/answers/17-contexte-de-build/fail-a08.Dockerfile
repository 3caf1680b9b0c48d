# Reviewer: final stage COPY dist ./dist reads dist from the context, which the .dockerignore excludes: COPY source not found (Dockerfile ref. COPY; patternmatcher)
FROM node:22 AS build
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci
COPY . .
RUN npm run build

FROM node:22-slim
ENV NODE_ENV=production
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --omit=dev
COPY dist ./dist
USER node
CMD ["node", "dist/index.js"]
