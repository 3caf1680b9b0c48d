# Reviewer: COPY --from=build /src /app ships all Go sources, go.mod/go.sum and README with the binary: goals "binary alone" and "no sources" unmet (EXERCISE.md)
FROM golang:1.26 AS build
WORKDIR /src
COPY go.mod go.sum ./
RUN go mod download
COPY . .
RUN CGO_ENABLED=0 go build -o server ./cmd/server

FROM scratch
COPY --from=build /etc/ssl/certs/ca-certificates.crt /etc/ssl/certs/
# on récupère le dossier de build (le binaire est dedans)
COPY --from=build /src /app
EXPOSE 8080
ENTRYPOINT ["/app/server"]
