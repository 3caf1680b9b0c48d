# Reviewer: ENTRYPOINT execs /app/dist/index.js directly, a 0644 file with no shebang: permission denied (PROJECT tsc output mode 0644; ref. ENTRYPOINT exec form)
FROM node:22 AS build
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci
COPY . .
RUN npm run build

FROM node:22-slim
WORKDIR /app
COPY --from=build /app/dist ./dist
EXPOSE 3000
ENTRYPOINT ["/app/dist/index.js"]
