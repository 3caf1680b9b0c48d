# syntax=docker/dockerfile:1
# Reviewer: last stage is test: docker build . builds it, giving a golang image with sources whose CMD is bash, not the server on distroless (Dockerfile ref. multi-stage default target)
FROM golang:1.26 AS build
WORKDIR /src
COPY go.mod go.sum ./
RUN --mount=type=cache,target=/go/pkg/mod go mod download
COPY . .
RUN --mount=type=cache,target=/go/pkg/mod \
    --mount=type=cache,target=/root/.cache/go-build \
    CGO_ENABLED=0 go build -o /out/server ./cmd/server

FROM gcr.io/distroless/static-debian13:nonroot AS runtime
COPY --from=build /out/server /server
EXPOSE 8080
ENTRYPOINT ["/server"]

# tests unitaires, avec les mêmes caches
FROM build AS test
RUN --mount=type=cache,target=/go/pkg/mod \
    --mount=type=cache,target=/root/.cache/go-build \
    go test ./...
