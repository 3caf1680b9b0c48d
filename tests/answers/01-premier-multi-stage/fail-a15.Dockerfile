# Reviewer: ENTRYPOINT ["node"] + CMD ["node","dist/index.js"] runs node node dist/index.js: Cannot find module /app/node (Dockerfile ref. ENTRYPOINT/CMD interaction)
FROM node:22-alpine AS build
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci
COPY . .
RUN npm run build

FROM node:22-alpine
WORKDIR /app
COPY --from=build /app/dist ./dist
ENTRYPOINT ["node"]
CMD ["node", "dist/index.js"]
