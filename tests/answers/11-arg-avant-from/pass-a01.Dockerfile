# Reviewer: global ARG NODE_MAJOR=22 before first FROM, used in both FROMs, redeclared without value before LABEL (Dockerfile ref. ARG/FROM interaction)
# La version majeure de Node.js n'est écrite qu'ici.
ARG NODE_MAJOR=22

FROM node:${NODE_MAJOR} AS builder
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci
COPY . .
RUN npm run build

FROM node:${NODE_MAJOR}-slim AS runtime
# on redéclare l'ARG (sans valeur) pour pouvoir l'utiliser dans le LABEL
ARG NODE_MAJOR
ENV NODE_ENV=production
LABEL org.opencontainers.image.description="API compilée avec Node.js ${NODE_MAJOR}"
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --omit=dev
COPY --from=builder /app/dist ./dist
USER node
CMD ["node", "dist/index.js"]
