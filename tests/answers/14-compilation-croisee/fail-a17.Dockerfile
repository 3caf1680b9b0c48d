# syntax=docker/dockerfile:1
# Reviewer: FROM --platform=$TARGETPLATFORM makes the build stage run on the target platform, so the Go compiler is emulated for arm64 (Dockerfile ref. FROM --platform)
# le stage de build prend explicitement la plateforme demandée
FROM --platform=$TARGETPLATFORM golang:1.26 AS build
WORKDIR /src
COPY go.mod go.sum ./
RUN go mod download
COPY . .
ARG TARGETOS TARGETARCH
RUN CGO_ENABLED=0 GOOS=$TARGETOS GOARCH=$TARGETARCH go build -o /out/server ./cmd/server

FROM gcr.io/distroless/static-debian13:nonroot
COPY --from=build /out/server /server
EXPOSE 8080
ENTRYPOINT ["/server"]
