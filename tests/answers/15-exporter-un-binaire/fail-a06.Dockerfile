# syntax=docker/dockerfile:1
# Reviewer: scratch stage has /usr/local/bin/jsonlint, so dist/ gets usr/local/bin/jsonlint, not dist/jsonlint as the script produced (local exporter writes stage root)
FROM golang:1.26 AS build
WORKDIR /src
COPY go.mod go.sum ./
RUN go mod download
COPY . .
RUN CGO_ENABLED=0 go build -o /usr/local/bin/jsonlint ./cmd/jsonlint

# Stage export : uniquement le binaire, au même chemin que dans l'ancienne image
FROM scratch AS export
COPY --from=build /usr/local/bin/jsonlint /usr/local/bin/jsonlint
