# Reviewer: ENTRYPOINT ["node"] plus CMD ["node","dist/index.js"] runs "node node dist/index.js": Cannot find module /app/node (Dockerfile ref. ENTRYPOINT/CMD interaction)
FROM node:22-slim AS base
WORKDIR /app
COPY package.json package-lock.json ./

FROM base AS dev
RUN npm ci
COPY . .
CMD ["npm", "run", "dev"]

FROM base AS build
RUN npm ci
COPY . .
RUN npm run build

FROM base AS prod
ENV NODE_ENV=production
RUN npm ci --omit=dev
COPY --from=build /app/dist ./dist
USER node
ENTRYPOINT ["node"]
CMD ["node", "dist/index.js"]
