# Reviewer: composer install without --no-dev: PHPUnit and dev deps go into the final image; goal "without the development dependencies" not met (Composer install --no-dev)
FROM composer:2 AS deps
WORKDIR /app
COPY composer.json composer.lock ./
RUN composer install --no-interaction --prefer-dist --optimize-autoloader --no-scripts

FROM php:8.3-fpm
WORKDIR /var/www/html
COPY --from=deps /app/vendor ./vendor
COPY src/ ./src/
COPY public/ ./public/
