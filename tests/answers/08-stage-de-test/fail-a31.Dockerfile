# Reviewer: RUN uses /bin/sh (dash in node:22); "|&" is a bash-only operator, so the test stage fails with a syntax error (Dockerfile ref. RUN shell form; docker-node Debian)
FROM node:22 AS deps
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci

FROM deps AS test
COPY . .
# garde une trace des tests dans le log de build
RUN npm test |& tee /tmp/jest.log

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
CMD ["node", "dist/index.js"]
