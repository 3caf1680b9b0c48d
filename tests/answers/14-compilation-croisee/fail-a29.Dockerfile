# syntax=docker/dockerfile:1
# Reviewer: USER nonroot on scratch: no /etc/passwd, so the container fails to start (unable to find user nonroot) (Dockerfile ref. USER)
FROM --platform=$BUILDPLATFORM golang:1.26-alpine AS build
WORKDIR /src
COPY go.mod go.sum ./
RUN go mod download
COPY . .
ARG TARGETOS TARGETARCH
RUN CGO_ENABLED=0 GOOS=$TARGETOS GOARCH=$TARGETARCH go build -o /out/server ./cmd/server

FROM scratch
COPY --from=build /etc/ssl/certs/ca-certificates.crt /etc/ssl/certs/
COPY --from=build /out/server /server
# pas de root en prod
USER nonroot
EXPOSE 8080
ENTRYPOINT ["/server"]
