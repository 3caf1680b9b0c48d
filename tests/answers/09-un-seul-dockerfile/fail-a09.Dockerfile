# Reviewer: ENTRYPOINT ["node"] in base is inherited by dev, whose container runs "node npm run dev" and fails: dev does not run npm run dev (Dockerfile ref. ENTRYPOINT/CMD)
FROM node:22-slim AS base
WORKDIR /app
COPY package.json package-lock.json ./
ENTRYPOINT ["node"]

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
CMD ["dist/index.js"]
