# syntax=docker/dockerfile:1

# Ce stage tourne sur la machine qui construit : le compilateur n’est pas émulé.
FROM --platform=$BUILDPLATFORM golang:1.26 AS build
WORKDIR /src
COPY go.mod go.sum ./
RUN go mod download
COPY . .
# La plateforme de l’image à produire, que BuildKit donne à chaque build.
ARG TARGETOS TARGETARCH
RUN CGO_ENABLED=0 GOOS=$TARGETOS GOARCH=$TARGETARCH \
    go build -o /out/server ./cmd/server

# Sans --platform : ce stage est celui de l’image, amd64 ou arm64.
FROM gcr.io/distroless/static-debian13:nonroot
COPY --from=build /out/server /server
EXPOSE 8080
ENTRYPOINT ["/server"]
