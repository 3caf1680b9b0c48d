# Reviewer: RUN chmod +x /server in a scratch stage needs /bin/sh, which scratch lacks: build fails (Dockerfile ref. RUN shell form)
FROM golang:1.26 AS build
WORKDIR /src
COPY go.mod go.sum ./
RUN go mod download
COPY . .
RUN CGO_ENABLED=0 go build -o /server ./cmd/server

FROM scratch
COPY --from=build /etc/ssl/certs/ca-certificates.crt /etc/ssl/certs/
COPY --from=build /server /server
RUN chmod +x /server
EXPOSE 8080
ENTRYPOINT ["/server"]
