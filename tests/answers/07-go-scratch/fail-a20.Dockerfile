# Reviewer: ARG RUNTIME_IMAGE is declared inside a stage, not before the first FROM, so FROM ${RUNTIME_IMAGE} is blank: build error (buildkit convert.go "base name should not be blank")
FROM golang:1.26 AS build
# image de base de la prod, modifiable avec --build-arg
ARG RUNTIME_IMAGE=scratch
WORKDIR /src
COPY go.mod go.sum ./
RUN go mod download
COPY . .
RUN CGO_ENABLED=0 go build -o /server ./cmd/server

FROM ${RUNTIME_IMAGE}
COPY --from=build /etc/ssl/certs/ca-certificates.crt /etc/ssl/certs/
COPY --from=build /server /server
EXPOSE 8080
ENTRYPOINT ["/server"]
