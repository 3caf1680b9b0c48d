# syntax=docker/dockerfile:1
# Reviewer: build stage pinned to --platform=linux/amd64: on ARM Macs the Go compiler is emulated, against the goal (Dockerfile ref. FROM --platform; exercise goal 1)
# On compile toujours sur x86 (natif sur le runner de la CI) et on cross-compile pour arm64
FROM --platform=linux/amd64 golang:1.26 AS build
WORKDIR /src
COPY go.mod go.sum ./
RUN go mod download
COPY . .
ARG TARGETOS TARGETARCH
RUN CGO_ENABLED=0 GOOS=$TARGETOS GOARCH=$TARGETARCH go build -o /out/server ./cmd/server

FROM gcr.io/distroless/static-debian13:nonroot
COPY --from=build /out/server /server
EXPOSE 8080
ENTRYPOINT ["/server"]
