# syntax=docker/dockerfile:1
# Reviewer: TARGETOS/TARGETARCH declared only in global scope, not in the stage: GOOS/GOARCH empty, Go builds for build host, arm64 image gets amd64 binary (Dockerfile ref. ARG scope)
# plateformes fournies par BuildKit
ARG TARGETOS
ARG TARGETARCH

FROM --platform=$BUILDPLATFORM golang:1.26 AS build
WORKDIR /src
COPY go.mod go.sum ./
RUN go mod download
COPY . .
RUN CGO_ENABLED=0 GOOS=$TARGETOS GOARCH=$TARGETARCH go build -o /out/server ./cmd/server

FROM gcr.io/distroless/static-debian13:nonroot
COPY --from=build /out/server /server
EXPOSE 8080
ENTRYPOINT ["/server"]
