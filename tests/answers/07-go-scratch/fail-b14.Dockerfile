# Reviewer: COPY --from=build /src /app puts all sources (go.mod, cmd/, internal/) in the final image: goal "binary alone, no sources" not met (EXERCISE goal 2)
FROM golang:1.26 AS build
WORKDIR /src
COPY go.mod go.sum ./
RUN go mod download
COPY . .
RUN CGO_ENABLED=0 go build -o server ./cmd/server

FROM scratch
COPY --from=build /etc/ssl/certs/ca-certificates.crt /etc/ssl/certs/
COPY --from=build /src /app
WORKDIR /app
EXPOSE 8080
ENTRYPOINT ["/app/server"]
