# Reviewer: test stage only sets CMD ["npm","test"]; docker build --target test . never runs the tests (CMD runs at container start, not build; Dockerfile ref. CMD)
FROM node:22 AS deps
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci
COPY . .

FROM deps AS test
CMD ["npm", "test"]

FROM deps AS builder
RUN npm run build

FROM node:22-slim AS prod
ENV NODE_ENV=production
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --omit=dev
COPY --from=builder /app/dist ./dist
USER node
CMD ["node", "dist/index.js"]
