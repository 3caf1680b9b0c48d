# syntax=docker/dockerfile:1
# Reviewer: COPY --from source 'jsonlint' is resolved from the build stage's root (/jsonlint), not its WORKDIR /src: not found (buildkit convert_copy.go NormalizePath("/",src))
FROM golang:1.26 AS build
WORKDIR /src
COPY go.mod go.sum ./
RUN go mod download
COPY . .
# go build écrit le binaire jsonlint dans le dossier courant (/src)
RUN CGO_ENABLED=0 go build ./cmd/jsonlint

FROM scratch AS export
# le WORKDIR du stage build est /src
COPY --from=build jsonlint /
