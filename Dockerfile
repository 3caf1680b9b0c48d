# syntax=docker/dockerfile:1
# multistage in a container: docker build -t multistage . && docker run -it --rm multistage

# Build stage: the Rust toolchain and the build cache stay here.
FROM rust:1.95-slim-bookworm AS build
WORKDIR /src
COPY Cargo.toml Cargo.lock ./
COPY src ./src
COPY benches ./benches
COPY content ./content
COPY exercises ./exercises
COPY docs/example-pack ./docs/example-pack
RUN --mount=type=cache,target=/usr/local/cargo/registry \
    --mount=type=cache,target=/src/target \
    cargo build --release --locked --bin multistage \
    && cp target/release/multistage /usr/local/bin/multistage

# Runtime: glibc and libgcc only, no shell, an unprivileged user.
FROM gcr.io/distroless/cc-debian12:nonroot AS runtime
COPY --from=build /usr/local/bin/multistage /usr/local/bin/multistage
ENV MULTISTAGE_HOME=/home/nonroot/.multistage
WORKDIR /home/nonroot
ENTRYPOINT ["/usr/local/bin/multistage"]
