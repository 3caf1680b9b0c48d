# syntax=docker/dockerfile:1
# Reviewer: modules cache mounted at /root/go/pkg/mod but GOPATH=/go in golang image, so modules land in /go/pkg/mod inside the layers (golang Dockerfile ENV GOPATH /go)
FROM golang:1.26 AS build
WORKDIR /src

COPY go.mod go.sum ./
# cache des modules Go (~/go/pkg/mod)
RUN --mount=type=cache,target=/root/go/pkg/mod \
    go mod download

COPY . .
RUN --mount=type=cache,target=/root/go/pkg/mod \
    --mount=type=cache,target=/root/.cache/go-build \
    CGO_ENABLED=0 go build -o /out/server ./cmd/server

FROM gcr.io/distroless/static-debian13:nonroot
COPY --from=build /out/server /server
EXPOSE 8080
ENTRYPOINT ["/server"]
