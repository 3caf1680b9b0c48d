# Reviewer: RUN export CGO_ENABLED=0 does not persist to the next RUN; go build runs with cgo, dynamic binary fails on scratch (Dockerfile ref. RUN: each RUN is a new shell)
FROM golang:1.26 AS build
WORKDIR /src
COPY go.mod go.sum ./
RUN go mod download
COPY . .
# binaire statique
RUN export CGO_ENABLED=0
RUN go build -o /server ./cmd/server

FROM scratch
COPY --from=build /etc/ssl/certs/ca-certificates.crt /etc/ssl/certs/
COPY --from=build /server /server
EXPOSE 8080
ENTRYPOINT ["/server"]
