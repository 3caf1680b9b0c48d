# Reviewer: No CGO_ENABLED=0: golang Debian image has gcc, net uses cgo, binary links libc dynamically and cannot exec on scratch; goal 1 unmet (PROJECT.md; docker-library/golang)
FROM golang:1.26 AS build
WORKDIR /src
COPY go.mod go.sum ./
RUN go mod download
COPY . .
# -s -w pour un binaire plus petit
RUN go build -ldflags="-s -w" -o /server ./cmd/server

FROM scratch
COPY --from=build /etc/ssl/certs/ca-certificates.crt /etc/ssl/certs/ca-certificates.crt
COPY --from=build /server /server
EXPOSE 8080
ENTRYPOINT ["/server"]
