# Reviewer: Last stage is test (FROM build), so docker build . yields the ~1 GB golang image with sources, not the scratch one (docs.docker.com multi-stage: last stage is default target)
FROM golang:1.26 AS build
WORKDIR /src
COPY go.mod go.sum ./
RUN go mod download
COPY . .
RUN CGO_ENABLED=0 go build -o /server ./cmd/server

FROM scratch AS prod
COPY --from=build /etc/ssl/certs/ca-certificates.crt /etc/ssl/certs/
COPY --from=build /server /server
EXPOSE 8080
ENTRYPOINT ["/server"]

# tests unitaires (docker build --target test .)
FROM build AS test
RUN go test ./...
