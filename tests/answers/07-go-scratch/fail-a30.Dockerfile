# Reviewer: golang:1.25 image sets GOTOOLCHAIN=local; go.mod says go 1.26, so go mod download errors "go.mod requires go >= 1.26" (docker-library/golang Dockerfile ENV GOTOOLCHAIN)
FROM golang:1.25-alpine AS build
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
