# syntax=docker/dockerfile:1
# Reviewer: export stage FROM distroless/static: --output type=local writes its whole filesystem (etc/passwd, certs, tzdata...) into dist/ (docs.docker.com/build/exporters/local-tar)
FROM golang:1.26 AS build
WORKDIR /src
COPY go.mod go.sum ./
RUN go mod download
COPY . .
RUN CGO_ENABLED=0 go build -ldflags="-s -w" -o /out/jsonlint ./cmd/jsonlint

# image minimale, sans shell ni gestionnaire de paquets
FROM gcr.io/distroless/static-debian12 AS export
COPY --from=build /out/jsonlint /
