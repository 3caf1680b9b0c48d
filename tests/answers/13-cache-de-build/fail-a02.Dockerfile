# syntax=docker/dockerfile:1
# Reviewer: build RUN lacks the /go/pkg/mod cache mount, so go build re-downloads the modules into the build-stage layer (mount lives only for its RUN, Dockerfile ref. RUN --mount)
FROM golang:1.26 AS build
WORKDIR /src

COPY go.mod go.sum ./
# modules : cache persistant entre les builds
RUN --mount=type=cache,target=/go/pkg/mod go mod download

COPY . .
# compilation : cache de build de Go
RUN --mount=type=cache,target=/root/.cache/go-build \
    CGO_ENABLED=0 go build -o /out/server ./cmd/server

FROM gcr.io/distroless/static-debian13:nonroot
COPY --from=build /out/server /server
EXPOSE 8080
ENTRYPOINT ["/server"]
