# Reviewer: COPY --from=build dist resolves to /dist at the build stage root, not /app/dist: "/dist" not found (BuildKit convert_copy.go NormalizePath("/", src))
# Premier stage : on installe tout et on compile
FROM node:22 AS build
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci
COPY . .
RUN npm run build

# Second stage : on ne récupère que dist/
FROM node:22-slim
WORKDIR /app
# le WORKDIR du stage build est /app donc dist suffit
COPY --from=build dist ./dist
CMD ["node", "dist/index.js"]
