# syntax=docker/dockerfile:1
# Reviewer: shell-form ENTRYPOINT /server runs /bin/sh -c, and distroless/static has no shell: container cannot start (Dockerfile ref. ENTRYPOINT shell form)
FROM --platform=$BUILDPLATFORM golang:1.26 AS build
WORKDIR /src
COPY go.mod go.sum ./
RUN go mod download
COPY . .
ARG TARGETOS TARGETARCH
RUN CGO_ENABLED=0 GOOS=$TARGETOS GOARCH=$TARGETARCH go build -o /out/server ./cmd/server

FROM gcr.io/distroless/static-debian13:nonroot
COPY --from=build /out/server /server
EXPOSE 8080
ENTRYPOINT /server
