# syntax=docker/dockerfile:1
# Reviewer: global ARG before FROM is not in the stage unless redeclared; go build runs with cgo on, os/user links glibc: not static (Dockerfile ref. ARG scope)
# Options de compilation communes à tout le fichier
ARG CGO_ENABLED=0

FROM golang:1.26 AS build
WORKDIR /src
COPY go.mod go.sum ./
RUN go mod download
COPY . .
RUN go build -ldflags="-s -w" -o /out/jsonlint ./cmd/jsonlint

FROM scratch AS export
COPY --from=build /out/jsonlint /
