# syntax=docker/dockerfile:1
# Reviewer: stage is named exporter; --target export fails: target stage "export" could not be found (buildkit dockerfile2llb convert.go)
FROM golang:1.26 AS build
WORKDIR /src
COPY go.mod go.sum ./
RUN go mod download
COPY . .
RUN CGO_ENABLED=0 go build -trimpath -o /out/jsonlint ./cmd/jsonlint

# stage vide : --output n'écrit que ce qu'on copie ici
FROM scratch AS exporter
COPY --from=build /out/jsonlint /
