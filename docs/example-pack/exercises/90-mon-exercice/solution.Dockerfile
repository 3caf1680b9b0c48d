FROM golang:1.26 AS build
WORKDIR /src
COPY . .
RUN CGO_ENABLED=0 go build -o /out/outil ./cmd/outil

FROM gcr.io/distroless/static-debian12:nonroot AS runtime
COPY --from=build /out/outil /outil
ENTRYPOINT ["/outil"]
