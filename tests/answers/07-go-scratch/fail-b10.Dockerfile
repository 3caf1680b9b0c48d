# Reviewer: COPY of dir /etc/ssl/certs copies its contents into /etc/ssl/: bundle lands at /etc/ssl/ca-certificates.crt, not a path Go reads (crypto/x509/root_linux.go), HTTPS fails
FROM golang:1.26 AS build
WORKDIR /src
COPY go.mod go.sum ./
RUN go mod download
COPY . .
RUN CGO_ENABLED=0 go build -o /out/server ./cmd/server

FROM scratch
# certificats d'autorité pour les appels HTTPS
COPY --from=build /etc/ssl/certs /etc/ssl/
COPY --from=build /out/server /server
EXPOSE 8080
ENTRYPOINT ["/server"]
