# syntax=docker/dockerfile:1
# Reviewer: export stage FROM build: local output writes the whole golang image filesystem into dist/, not only the binary (docs.docker.com/build/exporters/local-tar)
FROM golang:1.26 AS build
ENV CGO_ENABLED=0
WORKDIR /src
COPY go.mod go.sum ./
RUN go mod download
COPY . .
RUN go build -o /out/jsonlint ./cmd/jsonlint

# export : on repart du build et on enlève les sources et le cache des modules
FROM build AS export
RUN rm -rf /src /go/pkg /root/.cache
WORKDIR /out
