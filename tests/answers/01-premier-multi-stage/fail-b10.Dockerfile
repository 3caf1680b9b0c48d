# Reviewer: glibc node binary from Debian node:22 copied into musl alpine:3.20: no /lib64/ld-linux-x86-64.so.2 or libstdc++, exec fails; alpine provides no Node.js
FROM node:22 AS build
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci
COPY . .
RUN npm run build

# pas besoin de toute l'image node : alpine + le binaire node suffit
FROM alpine:3.20
WORKDIR /app
COPY --from=build /usr/local/bin/node /usr/local/bin/node
COPY --from=build /app/dist ./dist
CMD ["node", "dist/index.js"]
