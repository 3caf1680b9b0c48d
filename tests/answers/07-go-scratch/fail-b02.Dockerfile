# Reviewer: RUN export CGO_ENABLED=0 does not persist to the next RUN: go build runs with cgo (gcc in golang image), dynamic binary cannot exec on scratch (no libc/ld.so)
FROM golang:1.26 AS builder
WORKDIR /src
COPY go.mod go.sum ./
RUN go mod download
COPY . .
# binaire statique : pas de libc dans scratch
RUN export CGO_ENABLED=0
RUN go build -ldflags="-s -w" -o /usr/local/bin/server ./cmd/server

FROM scratch
COPY --from=builder /etc/ssl/certs/ca-certificates.crt /etc/ssl/certs/ca-certificates.crt
COPY --from=builder /usr/local/bin/server /usr/local/bin/server
EXPOSE 8080
CMD ["/usr/local/bin/server"]
