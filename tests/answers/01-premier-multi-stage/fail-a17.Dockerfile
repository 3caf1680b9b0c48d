# Reviewer: USER node before npm ci, but /app (WORKDIR) and copied files are root-owned: npm ci cannot create /app/node_modules, EACCES (Dockerfile ref. COPY --chown default 0:0)
FROM node:22 AS build
WORKDIR /app
# on ne build pas en root
USER node
COPY package.json package-lock.json ./
RUN npm ci
COPY . .
RUN npm run build

FROM node:22-slim
WORKDIR /app
COPY --from=build /app/dist ./dist
USER node
CMD ["node", "dist/index.js"]
