# Reviewer: ENTRYPOINT ["./dist/index.js"] execs a 0644 file with no shebang: permission denied at start (Dockerfile ref. ENTRYPOINT exec form; PROJECT.md tsc output mode)
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
ENTRYPOINT ["./dist/index.js"]
