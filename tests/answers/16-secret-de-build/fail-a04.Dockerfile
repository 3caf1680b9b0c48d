# syntax=docker/dockerfile:1
# Reviewer: RUN cp /run/secrets/npmrc /root/.npmrc writes the token into that RUN's layer; a later rm does not remove it (Dockerfile ref. RUN --mount=type=secret; layers)
FROM node:22 AS build
WORKDIR /app
COPY package.json package-lock.json .npmrc ./

# put the CI's .npmrc where npm looks for it
RUN --mount=type=secret,id=npmrc cp /run/secrets/npmrc /root/.npmrc
RUN npm ci
# don't leave the token behind
RUN rm -f /root/.npmrc

COPY . .
RUN npm run build && npm prune --omit=dev

FROM node:22-slim
ENV NODE_ENV=production
WORKDIR /app
COPY --from=build /app/package.json ./
COPY --from=build /app/node_modules ./node_modules
COPY --from=build /app/dist ./dist
USER node
CMD ["node", "dist/index.js"]
