# Reviewer: COPY --from=build server resolves to /server from the stage root, not WORKDIR /src: not found, build fails (buildkit dispatchCopy NormalizePath("/", src))
FROM golang:1.26 AS build
WORKDIR /src
COPY go.mod go.sum ./
RUN go mod download
COPY . .
# go build ./cmd/server écrit "server" dans le dossier courant (/src)
RUN CGO_ENABLED=0 go build ./cmd/server

FROM scratch
COPY --from=build /etc/ssl/certs/ca-certificates.crt /etc/ssl/certs/
COPY --from=build server /server
EXPOSE 8080
ENTRYPOINT ["/server"]
