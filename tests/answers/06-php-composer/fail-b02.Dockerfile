# Reviewer: vendor goes to /var/www/html/vendor but public/ is /var/www/public: require __DIR__.'/../vendor/autoload.php' looks for /var/www/vendor, fatal error (PROJECT.md)
FROM composer:2 AS vendor
WORKDIR /app
COPY composer.json composer.lock ./
RUN composer install --no-dev --no-interaction --prefer-dist

FROM php:8.3-fpm
WORKDIR /var/www
COPY --from=vendor /app/vendor /var/www/html/vendor
COPY src/ ./src/
COPY public/ ./public/
