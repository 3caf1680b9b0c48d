# syntax=docker/dockerfile:1

# Stage de build : le compilateur et le cache des modules restent ici.
FROM golang:1.26 AS build
WORKDIR /src
COPY go.mod go.sum ./
RUN go mod download
COPY . .
# CGO_ENABLED=0 : un binaire statique, qui n’a pas besoin de la glibc.
RUN CGO_ENABLED=0 go build -trimpath -ldflags="-s -w" -o /out/server ./cmd/server

# Image finale : vide au départ, elle ne reçoit que les certificats et le binaire.
FROM scratch AS prod
COPY --from=build /etc/ssl/certs/ca-certificates.crt /etc/ssl/certs/
COPY --from=build /out/server /server
# Pas de /etc/passwd dans scratch : l’utilisateur se donne par son numéro.
USER 65534:65534
EXPOSE 8080
ENTRYPOINT ["/server"]
