# syntax=docker/dockerfile:1
# Reviewer: RUN chmod in the scratch stage: no /bin/sh in scratch, RUN fails (Dockerfile ref. RUN shell form default /bin/sh -c)
FROM golang:1.26 AS build
WORKDIR /src
COPY go.mod go.sum ./
RUN go mod download
COPY . .
RUN CGO_ENABLED=0 go build -o /out/jsonlint ./cmd/jsonlint

FROM scratch AS export
COPY --from=build /out/jsonlint /jsonlint
# s'assurer que le fichier téléchargé est exécutable
RUN chmod 755 /jsonlint
