# syntax=docker/dockerfile:1
# Reviewer: RUN export CGO_ENABLED=0 dies with its shell; next RUN builds with cgo on (golang image has gcc), os/user links glibc: not static (Dockerfile ref. RUN; PROJECT.md)
FROM golang:1.26 AS build
WORKDIR /src
COPY go.mod go.sum ./
RUN go mod download
COPY . .
# binaire statique
RUN export CGO_ENABLED=0
RUN go build -o /out/jsonlint ./cmd/jsonlint

FROM scratch AS export
COPY --from=build /out/jsonlint /
