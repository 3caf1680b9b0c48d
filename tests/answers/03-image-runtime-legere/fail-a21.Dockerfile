# Reviewer: ENTRYPOINT ["./dist/index.js"] execs a 0644 file with no shebang: permission denied (PROJECT.md tsc output mode 0644; Dockerfile ref. ENTRYPOINT exec form)
FROM node:22 AS builder
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci
COPY . .
RUN npm run build

FROM node:22-alpine AS runtime
WORKDIR /app
COPY --from=builder /app/dist ./dist
USER node
EXPOSE 3000
ENTRYPOINT ["./dist/index.js"]
