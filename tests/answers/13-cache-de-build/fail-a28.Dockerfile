# syntax=docker/dockerfile:1
# Reviewer: shell-form ENTRYPOINT /server runs /bin/sh -c on scratch, which has no /bin/sh, so the container cannot start (Dockerfile ref. ENTRYPOINT shell form)
FROM golang:1.26-alpine AS build
WORKDIR /src
COPY go.mod go.sum ./
RUN --mount=type=cache,target=/go/pkg/mod go mod download
COPY . .
RUN --mount=type=cache,target=/go/pkg/mod \
    --mount=type=cache,target=/root/.cache/go-build \
    CGO_ENABLED=0 go build -o /out/server ./cmd/server

FROM scratch
COPY --from=build /etc/ssl/certs/ca-certificates.crt /etc/ssl/certs/ca-certificates.crt
COPY --from=build /out/server /server
EXPOSE 8080
ENTRYPOINT /server
