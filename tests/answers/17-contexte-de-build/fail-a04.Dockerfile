# Reviewer: COPY --from=build /app/dist . copies dist's contents into /app, so /app/dist/index.js is missing and node dist/index.js exits (Dockerfile ref. COPY directory)
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
COPY --from=build /app/dist .
USER node
CMD ["node", "dist/index.js"]
