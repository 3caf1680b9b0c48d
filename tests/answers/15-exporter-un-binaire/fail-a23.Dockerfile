# syntax=docker/dockerfile:1
# Reviewer: COPY --from=builder: no stage named builder (it is build), so it pulls image docker.io/library/builder, which does not exist (Dockerfile ref. COPY --from)
FROM golang:1.26-bookworm AS build
WORKDIR /src
COPY go.mod go.sum ./
RUN go mod download
COPY . .
RUN CGO_ENABLED=0 go build -o /out/jsonlint ./cmd/jsonlint

FROM scratch AS export
COPY --from=builder /out/jsonlint /
