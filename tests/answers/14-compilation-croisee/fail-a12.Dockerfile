# syntax=docker/dockerfile:1
# Reviewer: final scratch image has no CA certificates, so HTTPS calls to the payment service fail; the goal requires them (PROJECT.md; exercise goal 3)
FROM --platform=$BUILDPLATFORM golang:1.26-alpine AS build
WORKDIR /src
COPY go.mod go.sum ./
RUN go mod download
COPY . .
ARG TARGETOS
ARG TARGETARCH
RUN CGO_ENABLED=0 GOOS=$TARGETOS GOARCH=$TARGETARCH \
    go build -ldflags="-s -w" -o /out/server ./cmd/server

# image finale minimale : juste le binaire statique
FROM scratch
COPY --from=build /out/server /server
EXPOSE 8080
ENTRYPOINT ["/server"]
