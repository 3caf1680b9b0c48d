# syntax=docker/dockerfile:1
# Reviewer: cache mount on /go also covers GOBIN /go/bin: go install writes server into the cache, not the layer, so COPY --from=build /go/bin/server fails: not found
FROM golang:1.26 AS build
WORKDIR /src

COPY go.mod go.sum ./
# GOPATH=/go dans l'image golang
RUN --mount=type=cache,target=/go \
    go mod download

COPY . .
RUN --mount=type=cache,target=/go \
    --mount=type=cache,target=/root/.cache/go-build \
    CGO_ENABLED=0 go install ./cmd/server

FROM gcr.io/distroless/static-debian13:nonroot
COPY --from=build /go/bin/server /server
EXPOSE 8080
ENTRYPOINT ["/server"]
