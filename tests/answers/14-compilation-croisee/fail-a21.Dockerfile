# syntax=docker/dockerfile:1
# Reviewer: GOOS/GOARCH from BUILDOS/BUILDARCH compiles for the build machine: arm64 image gets an amd64 binary, exec format error (Dockerfile ref. automatic platform ARGs)
FROM --platform=$BUILDPLATFORM golang:1.26 AS build
WORKDIR /src
COPY go.mod go.sum ./
RUN go mod download
COPY . .
ARG BUILDOS BUILDARCH
RUN CGO_ENABLED=0 GOOS=$BUILDOS GOARCH=$BUILDARCH go build -o /out/server ./cmd/server

FROM gcr.io/distroless/static-debian13:nonroot
COPY --from=build /out/server /server
EXPOSE 8080
ENTRYPOINT ["/server"]
