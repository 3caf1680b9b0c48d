# syntax=docker/dockerfile:1
# Reviewer: COPY to /dist/ in scratch makes the local exporter write dist/dist/jsonlint, not dist/jsonlint (local exporter writes stage root)
FROM golang:1.26 AS build
WORKDIR /src
COPY go.mod go.sum ./
RUN go mod download
COPY . .
RUN CGO_ENABLED=0 go build -o /out/jsonlint ./cmd/jsonlint

# le script de publication attend le binaire dans dist/
FROM scratch AS export
COPY --from=build /out/jsonlint /dist/
