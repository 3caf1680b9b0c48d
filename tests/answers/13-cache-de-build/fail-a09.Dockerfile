# syntax=docker/dockerfile:1
# Reviewer: FROM scratch with no CA certificates copied: goal requires them and HTTPS calls to the payment service fail x509 (EXERCISE goal 3; PROJECT.md)
FROM golang:1.26 AS build
WORKDIR /src
ENV CGO_ENABLED=0

COPY go.mod go.sum ./
RUN --mount=type=cache,target=/go/pkg/mod \
    go mod download

COPY . .
RUN --mount=type=cache,target=/go/pkg/mod \
    --mount=type=cache,target=/root/.cache/go-build \
    go build -ldflags="-s -w" -o /out/server ./cmd/server

# image minimale : juste le binaire statique
FROM scratch
COPY --from=build /out/server /server
USER 65532:65532
EXPOSE 8080
ENTRYPOINT ["/server"]
