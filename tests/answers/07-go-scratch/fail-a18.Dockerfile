# Reviewer: USER nonroot on scratch: no /etc/passwd, so the runtime cannot resolve the name and the container fails to start (Dockerfile ref. USER; unable to find user nonroot)
FROM golang:1.26 AS build
WORKDIR /src
COPY go.mod go.sum ./
RUN go mod download
COPY . .
RUN CGO_ENABLED=0 go build -o /server ./cmd/server

FROM scratch
COPY --from=build /etc/ssl/certs/ca-certificates.crt /etc/ssl/certs/
COPY --from=build /server /server
# ne pas tourner en root
USER nonroot
EXPOSE 8080
ENTRYPOINT ["/server"]
