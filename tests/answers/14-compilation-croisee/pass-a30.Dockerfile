# syntax=docker/dockerfile:1
# Reviewer: go build without -o writes /src/server even when cross-compiling; lint stage unused by default target; $BUILDPLATFORM + stage ARGs + CGO off; distroless static
FROM --platform=$BUILDPLATFORM golang:1.26 AS build
WORKDIR /src
COPY go.mod go.sum ./
RUN go mod download
COPY . .
ARG TARGETOS
ARG TARGETARCH
# sans -o, go build écrit ./server dans le dossier courant
RUN CGO_ENABLED=0 GOOS=$TARGETOS GOARCH=$TARGETARCH go build ./cmd/server

# lancé à la main : docker build --target lint .
FROM --platform=$BUILDPLATFORM golang:1.26 AS lint
WORKDIR /src
COPY . .
RUN go vet ./...

FROM gcr.io/distroless/static-debian13:nonroot
COPY --from=build /src/server /server
EXPOSE 8080
ENTRYPOINT ["/server"]
