# syntax=docker/dockerfile:1
# Reviewer: RUN go vet ./... has no cache mounts: it downloads the modules and fills GOCACHE inside a build-stage layer (goal 2; cache mount lives only for its RUN)
FROM golang:1.26 AS build
WORKDIR /src

COPY go.mod go.sum ./
RUN --mount=type=cache,target=/go/pkg/mod go mod download

COPY . .
# on vérifie le code avant de compiler
RUN go vet ./...
RUN --mount=type=cache,target=/go/pkg/mod \
    --mount=type=cache,target=/root/.cache/go-build \
    CGO_ENABLED=0 go build -o /out/server ./cmd/server

FROM gcr.io/distroless/static-debian13:nonroot
COPY --from=build /out/server /server
EXPOSE 8080
ENTRYPOINT ["/server"]
