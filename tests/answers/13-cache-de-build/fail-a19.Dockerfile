# syntax=docker/dockerfile:1
# Reviewer: COPY --from=build /out /server copies the directory's contents, so /server is a directory holding server; exec of ENTRYPOINT /server fails (Dockerfile ref. COPY)
FROM golang:1.26 AS build
WORKDIR /src
COPY go.mod go.sum ./
RUN --mount=type=cache,target=/go/pkg/mod \
    go mod download
COPY . .
RUN --mount=type=cache,target=/go/pkg/mod \
    --mount=type=cache,target=/root/.cache/go-build \
    CGO_ENABLED=0 go build -o /out/server ./cmd/server

FROM gcr.io/distroless/static-debian13:nonroot
COPY --from=build /out /server
EXPOSE 8080
ENTRYPOINT ["/server"]
