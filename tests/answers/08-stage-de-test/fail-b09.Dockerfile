# Reviewer: test stage only sets CMD ["npm","test"]: docker build --target test . never runs the tests, so CI build does not test (Dockerfile ref. CMD runs at docker run)
FROM node:22 AS builder
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci
COPY . .
RUN npm run build

# stage de test : docker build --target test .
FROM builder AS test
CMD ["npm", "test"]

FROM node:22-slim AS prod
ENV NODE_ENV=production
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --omit=dev
COPY --from=builder /app/dist ./dist
USER node
CMD ["node", "dist/index.js"]
