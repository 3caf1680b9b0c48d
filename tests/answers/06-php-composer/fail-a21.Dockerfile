# Reviewer: final stage never copies vendor/ from the composer stage (context vendor/ is dockerignored): ../vendor/autoload.php missing (.dockerignore; exercise goal 3)
FROM composer:2 AS vendor
WORKDIR /app
COPY composer.json composer.lock ./
RUN composer install --no-dev --no-interaction --prefer-dist

FROM php:8.3-fpm
WORKDIR /var/www/html
COPY . .
