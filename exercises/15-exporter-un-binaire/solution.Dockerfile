# syntax=docker/dockerfile:1

FROM golang:1.26 AS build
WORKDIR /src
COPY go.mod go.sum ./
RUN go mod download
COPY . .
# Statique : le binaire tourne sur n’importe quelle distribution Linux.
RUN CGO_ENABLED=0 go build -trimpath -o /out/jsonlint ./cmd/jsonlint

# Un stage vide qui ne reçoit que le binaire : --output n’écrit que lui.
FROM scratch AS export
COPY --from=build /out/jsonlint /
