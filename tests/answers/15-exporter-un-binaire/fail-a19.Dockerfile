# syntax=docker/dockerfile:1
# Reviewer: 'CGO_ENABLED=0 && go build' sets an unexported shell variable; go build runs with cgo on, os/user links glibc: not static (POSIX sh; PROJECT.md)
FROM golang:1.26 AS build
WORKDIR /src
COPY go.mod go.sum ./
RUN go mod download
COPY . .
RUN CGO_ENABLED=0 && go build -ldflags="-s -w" -o /out/jsonlint ./cmd/jsonlint

FROM scratch AS export
COPY --from=build /out/jsonlint /
