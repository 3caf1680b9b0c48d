# Reviewer: CMD /server is shell form, run as /bin/sh -c; scratch has no /bin/sh so the container cannot start (Dockerfile ref. CMD shell form)
FROM golang:1.26 AS build
WORKDIR /build
COPY go.mod go.sum ./
RUN go mod download
COPY . .
RUN CGO_ENABLED=0 GOOS=linux go build -o /build/server ./cmd/server

FROM scratch
COPY --from=build /etc/ssl/certs/ca-certificates.crt /etc/ssl/certs/
COPY --from=build /build/server /server
EXPOSE 8080
CMD /server
