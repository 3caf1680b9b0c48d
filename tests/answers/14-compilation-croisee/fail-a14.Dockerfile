# syntax=docker/dockerfile:1
# Reviewer: ENV GOOS=$TARGETOS comes before ARG TARGETOS: expands to empty (ARG adds to env only when declared, buildkit dispatchArg), arm64 image gets amd64 binary
FROM --platform=$BUILDPLATFORM golang:1.26 AS build

# config du compilateur Go pour la plateforme de l'image
ENV CGO_ENABLED=0 GOOS=$TARGETOS GOARCH=$TARGETARCH
ARG TARGETOS TARGETARCH

WORKDIR /src
COPY go.mod go.sum ./
RUN go mod download
COPY . .
RUN go build -o /out/server ./cmd/server

FROM gcr.io/distroless/static-debian13:nonroot
COPY --from=build /out/server /server
EXPOSE 8080
ENTRYPOINT ["/server"]
