# syntax=docker/dockerfile:1
# Reviewer: build stage has no --platform=$BUILDPLATFORM, so it takes the target platform and the Go compiler is emulated (QEMU) for arm64 (Dockerfile ref. FROM --platform)
FROM golang:1.26 AS build
WORKDIR /src
COPY go.mod go.sum ./
RUN go mod download
COPY . .
# Go cross-compile vers la plateforme de l'image
ARG TARGETOS
ARG TARGETARCH
RUN CGO_ENABLED=0 GOOS=$TARGETOS GOARCH=$TARGETARCH go build -o /out/server ./cmd/server

FROM gcr.io/distroless/static-debian13:nonroot
COPY --from=build /out/server /server
EXPOSE 8080
ENTRYPOINT ["/server"]
