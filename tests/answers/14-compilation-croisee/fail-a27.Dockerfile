# syntax=docker/dockerfile:1
# Reviewer: build stage `FROM golang:1.26` has no --platform=$BUILDPLATFORM: Go compiler emulated for the non-native image; only deps stage is native (Dockerfile ref. FROM --platform)

# Téléchargement des modules : une seule fois, sur la machine de build
FROM --platform=$BUILDPLATFORM golang:1.26 AS deps
WORKDIR /src
COPY go.mod go.sum ./
RUN go mod download

FROM golang:1.26 AS build
WORKDIR /src
COPY --from=deps /go/pkg/mod /go/pkg/mod
COPY . .
ARG TARGETOS TARGETARCH
RUN CGO_ENABLED=0 GOOS=$TARGETOS GOARCH=$TARGETARCH go build -o /out/server ./cmd/server

FROM gcr.io/distroless/static-debian13:nonroot
COPY --from=build /out/server /server
EXPOSE 8080
ENTRYPOINT ["/server"]
