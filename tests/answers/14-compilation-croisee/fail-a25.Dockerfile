# syntax=docker/dockerfile:1
# Reviewer: `CGO_ENABLED=0 GOOS=.. GOARCH=.. && go build`: assignments alone are unexported shell vars, go builds native with cgo; arm64 gets amd64 binary (POSIX sh simple commands)
FROM --platform=$BUILDPLATFORM golang:1.26 AS build
WORKDIR /src
COPY go.mod go.sum ./
RUN go mod download
COPY . .
ARG TARGETOS
ARG TARGETARCH
RUN CGO_ENABLED=0 GOOS=${TARGETOS} GOARCH=${TARGETARCH} \
    && go build -o /out/server ./cmd/server

FROM gcr.io/distroless/static-debian13:nonroot
COPY --from=build /out/server /server
EXPOSE 8080
ENTRYPOINT ["/server"]
