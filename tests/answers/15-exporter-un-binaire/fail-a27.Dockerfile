# syntax=docker/dockerfile:1
# Reviewer: export stage is golang:1.26-alpine itself: local output writes the whole Alpine+Go filesystem into dist/ (docs.docker.com/build/exporters/local-tar)
# Un seul stage, nommé export, que --output écrit dans dist/
FROM golang:1.26-alpine AS export
WORKDIR /src
COPY go.mod go.sum ./
RUN go mod download
COPY . .
RUN CGO_ENABLED=0 go build -o /jsonlint ./cmd/jsonlint \
 && rm -rf /src
