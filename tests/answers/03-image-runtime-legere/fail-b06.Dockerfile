# Reviewer: shell-form CMD becomes /bin/sh -c ..., appended to ENTRYPOINT node: node loads /bin/sh as script, absent in distroless (Dockerfile ref. CMD/ENTRYPOINT)
FROM node:22 AS builder
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci
COPY . .
RUN npm run build

FROM gcr.io/distroless/nodejs22-debian12 AS runtime
WORKDIR /app
COPY --from=builder /app/dist ./dist
ENV NODE_ENV=production
EXPOSE 3000
CMD node dist/index.js
