# Reviewer: CA bundle copied to /ca-certificates.crt, not a path Go reads (/etc/ssl/certs/ca-certificates.crt etc.): HTTPS calls fail (Go crypto/x509 root_linux.go certFiles)
FROM golang:1.26 AS build
WORKDIR /src
COPY go.mod go.sum ./
RUN go mod download
COPY . .
RUN CGO_ENABLED=0 go build -o /server ./cmd/server

FROM scratch
# certificats + binaire, à la racine
COPY --from=build /etc/ssl/certs/ca-certificates.crt /
COPY --from=build /server /
EXPOSE 8080
ENTRYPOINT ["/server"]
