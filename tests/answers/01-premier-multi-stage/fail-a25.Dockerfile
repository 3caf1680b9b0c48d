# Reviewer: test is the last stage, so docker build . outputs build+test (sources, tests, dev deps; CMD node REPL) not runtime (buildkit resolveTarget: lastTarget)
FROM node:22 AS build
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci
COPY . .
RUN npm run build

FROM node:22-slim AS runtime
WORKDIR /app
COPY --from=build /app/dist ./dist
CMD ["node", "dist/index.js"]

# les tests tournent pendant le build
FROM build AS test
RUN npm test
