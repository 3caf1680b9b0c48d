# Reviewer: First FROM still hard-codes node:22: version written twice and --build-arg NODE_MAJOR=24 leaves builder on 22 (exercise goal; Dockerfile ref. FROM)
# ARG global, déclaré avant le premier FROM, pour que le FROM du runtime le voie
ARG NODE_MAJOR=22

FROM node:22 AS builder
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci
COPY . .
RUN npm run build

FROM node:${NODE_MAJOR}-slim AS runtime
ARG NODE_MAJOR
ENV NODE_ENV=production
LABEL org.opencontainers.image.description="API compilée avec Node.js ${NODE_MAJOR}"
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --omit=dev
COPY --from=builder /app/dist ./dist
USER node
CMD ["node", "dist/index.js"]
