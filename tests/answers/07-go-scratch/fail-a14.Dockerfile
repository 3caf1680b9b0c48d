# Reviewer: COPY /out/server /bin: /bin absent in scratch and no trailing slash, so the binary becomes the file /bin; /bin/server not found at run (Dockerfile ref. COPY dest)
FROM golang:1.26 AS build
WORKDIR /src
COPY go.mod go.sum ./
RUN go mod download
COPY . .
RUN CGO_ENABLED=0 go build -o /out/server ./cmd/server

FROM scratch
COPY --from=build /etc/ssl/certs/ca-certificates.crt /etc/ssl/certs/
COPY --from=build /out/server /bin
EXPOSE 8080
ENTRYPOINT ["/bin/server"]
