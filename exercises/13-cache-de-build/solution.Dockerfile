# syntax=docker/dockerfile:1

FROM golang:1.26 AS build
WORKDIR /src
COPY go.mod go.sum ./
# Les modules restent dans le cache de BuildKit, hors de la couche.
RUN --mount=type=cache,target=/go/pkg/mod \
    go mod download
COPY . .
# Même cache des modules, et le cache de compilation de Go.
RUN --mount=type=cache,target=/go/pkg/mod \
    --mount=type=cache,target=/root/.cache/go-build \
    CGO_ENABLED=0 go build -o /out/server ./cmd/server

# distroless/static a les certificats et un utilisateur non root.
FROM gcr.io/distroless/static-debian13:nonroot
COPY --from=build /out/server /server
EXPOSE 8080
ENTRYPOINT ["/server"]
