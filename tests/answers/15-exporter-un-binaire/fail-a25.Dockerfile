# syntax=docker/dockerfile:1
# Reviewer: /out is a cache mount, so jsonlint never reaches the build layer; COPY --from=build /out/jsonlint: not found (docs RUN --mount=type=cache)
FROM golang:1.26 AS build
WORKDIR /src
COPY go.mod go.sum ./
RUN --mount=type=cache,target=/go/pkg/mod \
    go mod download
COPY . .
# caches BuildKit : modules, cache de compilation et sortie
RUN --mount=type=cache,target=/go/pkg/mod \
    --mount=type=cache,target=/root/.cache/go-build \
    --mount=type=cache,target=/out \
    CGO_ENABLED=0 go build -o /out/jsonlint ./cmd/jsonlint

FROM scratch AS export
COPY --from=build /out/jsonlint /
