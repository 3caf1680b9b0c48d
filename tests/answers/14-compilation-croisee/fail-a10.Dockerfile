# syntax=docker/dockerfile:1
# Reviewer: cross-compiling go install writes /go/bin/linux_arm64/server, so COPY /go/bin/server fails for arm64 (go cmd test install_cross_gobin: $GOPATH/bin/GOOS_GOARCH)
FROM --platform=$BUILDPLATFORM golang:1.26 AS build
WORKDIR /src
COPY go.mod go.sum ./
RUN go mod download
COPY . .
ARG TARGETOS TARGETARCH
# go install met le binaire dans $GOPATH/bin (/go/bin)
RUN CGO_ENABLED=0 GOOS=$TARGETOS GOARCH=$TARGETARCH go install ./cmd/server

FROM gcr.io/distroless/static-debian13:nonroot
COPY --from=build /go/bin/server /server
EXPOSE 8080
ENTRYPOINT ["/server"]
