# syntax=docker/dockerfile:1
# Reviewer: golang:1.25 sets GOTOOLCHAIN=local; go.mod says go 1.26, so go mod download errors 'requires go >= 1.26' (docker-library/golang Dockerfile template)
# même image Go que notre CI
FROM golang:1.25-alpine AS build
WORKDIR /src
COPY go.mod go.sum ./
RUN go mod download
COPY . .
RUN CGO_ENABLED=0 go build -o /out/jsonlint ./cmd/jsonlint

FROM scratch AS export
COPY --from=build /out/jsonlint /
