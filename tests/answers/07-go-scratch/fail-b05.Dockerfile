# Reviewer: COPY --from source "server" resolves from the stage root (/server), not WORKDIR /src: not found, build fails (buildkit convert_copy.go NormalizePath("/", src))
FROM golang:1.26 AS build
WORKDIR /src
COPY go.mod go.sum ./
RUN go mod download
COPY . .
RUN CGO_ENABLED=0 go build ./cmd/server

FROM scratch
COPY --from=build /etc/ssl/certs/ca-certificates.crt /etc/ssl/certs/
# on récupère uniquement le binaire
COPY --from=build server /server
EXPOSE 8080
ENTRYPOINT ["/server"]
