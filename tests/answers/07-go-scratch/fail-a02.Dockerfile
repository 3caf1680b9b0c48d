# Reviewer: CMD /server is shell form, run as /bin/sh -c; scratch has no /bin/sh so the container cannot start; goal asks JSON form (Dockerfile ref. CMD shell form)
FROM golang:1.26 AS build
WORKDIR /src
COPY go.mod go.sum ./
RUN go mod download
COPY . .
RUN CGO_ENABLED=0 GOOS=linux go build -o /out/server ./cmd/server

FROM scratch
# certificats pour les appels HTTPS vers le service de paiement
COPY --from=build /etc/ssl/certs/ca-certificates.crt /etc/ssl/certs/
COPY --from=build /out/server /server
EXPOSE 8080
CMD /server
