# syntax=docker/dockerfile:1
# Reviewer: global ARGs not redeclared in stage expand to empty: target="" resolves to WORKDIR /src, the cache hides go.mod and go mod download fails (buildkit convert_runmount.go)
ARG GO_VERSION=1.26
ARG GOMODCACHE=/go/pkg/mod
ARG GOCACHE=/root/.cache/go-build

FROM golang:${GO_VERSION} AS build
WORKDIR /src

COPY go.mod go.sum ./
RUN --mount=type=cache,target=${GOMODCACHE} \
    go mod download

COPY . .
RUN --mount=type=cache,target=${GOMODCACHE} \
    --mount=type=cache,target=${GOCACHE} \
    CGO_ENABLED=0 go build -o /out/server ./cmd/server

FROM gcr.io/distroless/static-debian13:nonroot
COPY --from=build /out/server /server
EXPOSE 8080
ENTRYPOINT ["/server"]
