# syntax=docker/dockerfile:1
# Reviewer: CA bundle copied to /usr/local/share/ca-certificates/, a path Go's crypto/x509 never reads on Linux (root_linux.go certFiles): HTTPS calls fail
FROM --platform=$BUILDPLATFORM golang:1.26 AS build
WORKDIR /src
COPY go.mod go.sum ./
RUN go mod download
COPY . .
ARG TARGETOS TARGETARCH
RUN CGO_ENABLED=0 GOOS=$TARGETOS GOARCH=$TARGETARCH go build -o /out/server ./cmd/server

FROM scratch
# CA pour le HTTPS sortant
COPY --from=build /etc/ssl/certs/ca-certificates.crt /usr/local/share/ca-certificates/
COPY --from=build /out/server /server
EXPOSE 8080
ENTRYPOINT ["/server"]
