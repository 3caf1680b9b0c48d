# Reviewer: golang:1.24 image sets GOTOOLCHAIN=local; go.mod says go 1.26 so go mod download fails "go.mod requires go >= 1.26" (docker-library/golang template; cmd/go mod_goline_too_new)
# image alpine, plus légère pour compiler
FROM golang:1.24-alpine AS build
RUN apk add --no-cache ca-certificates
WORKDIR /src
COPY go.mod go.sum ./
RUN go mod download
COPY . .
RUN CGO_ENABLED=0 go build -ldflags="-s -w" -o /server ./cmd/server

FROM scratch
COPY --from=build /etc/ssl/certs/ca-certificates.crt /etc/ssl/certs/
COPY --from=build /server /server
EXPOSE 8080
ENTRYPOINT ["/server"]
