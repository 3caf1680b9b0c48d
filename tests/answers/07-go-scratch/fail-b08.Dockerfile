# Reviewer: USER nobody on scratch: no /etc/passwd, docker run fails "unable to find user nobody: no matching entries in passwd file" (michael-doubez/filestat_exporter#63)
FROM golang:1.26 AS builder
WORKDIR /src
COPY go.mod go.sum ./
RUN go mod download
COPY . .
RUN CGO_ENABLED=0 go build -ldflags="-s -w" -o /server ./cmd/server

FROM scratch
COPY --from=builder /etc/ssl/certs/ca-certificates.crt /etc/ssl/certs/
COPY --from=builder /server /server
# l'API n'a pas besoin de root
USER nobody
EXPOSE 8080
ENTRYPOINT ["/server"]
