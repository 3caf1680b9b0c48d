# syntax=docker/dockerfile:1
# Reviewer: two target= keys in one --mount: parseMount keeps the last, so /go/pkg/mod is not mounted and go build downloads modules into the layer (buildkit commands_runmount.go)
FROM golang:1.26 AS build
WORKDIR /src

COPY go.mod go.sum ./
RUN --mount=type=cache,target=/go/pkg/mod go mod download

COPY . .
# modules + cache de compilation
RUN --mount=type=cache,target=/go/pkg/mod,target=/root/.cache/go-build \
    CGO_ENABLED=0 go build -o /out/server ./cmd/server

FROM gcr.io/distroless/static-debian13:nonroot
COPY --from=build /out/server /server
EXPOSE 8080
ENTRYPOINT ["/server"]
