# Reviewer: COPY dist ./dist copies from the build context, which has no dist/: "/dist": not found, build fails (Dockerfile ref. COPY; PROJECT.md context)
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
COPY dist ./dist
CMD ["node", "dist/index.js"]
