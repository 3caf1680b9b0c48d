# Reviewer: vendor copied to /var/www/vendor but public is /var/www/html/public: ../vendor/autoload.php resolves to /var/www/html/vendor, missing (PROJECT.md)
FROM composer:2 AS vendor
WORKDIR /app
COPY composer.json composer.lock ./
RUN composer install --no-dev --no-interaction --prefer-dist

FROM php:8.3-fpm
# keep vendor/ outside the web folder
COPY --from=vendor /app/vendor /var/www/vendor
COPY src /var/www/html/src
COPY public /var/www/html/public
