# syntax=docker/dockerfile:1
# Reviewer: last stage is `check` (FROM build + go vet), so `docker build .` and buildx ship the golang build image, not the server (Dockerfile ref.: default target is last stage)
FROM --platform=$BUILDPLATFORM golang:1.26 AS build
WORKDIR /src
COPY go.mod go.sum ./
RUN go mod download
COPY . .
ARG TARGETOS TARGETARCH
RUN CGO_ENABLED=0 GOOS=$TARGETOS GOARCH=$TARGETARCH go build -o /out/server ./cmd/server

FROM gcr.io/distroless/static-debian13:nonroot AS final
COPY --from=build /out/server /server
EXPOSE 8080
ENTRYPOINT ["/server"]

# vérifs statiques du code (natif, sur la machine de build)
FROM build AS check
RUN go vet ./...
