# Reviewer: --classmap-authoritative run before src/ exists: App\ classes absent from classmap and PSR-4 fallback disabled, class not found (Composer ClassLoader)
FROM composer:2 AS vendor
WORKDIR /app
COPY composer.json composer.lock ./
# classmap only, faster autoloading in production
RUN composer install --no-dev --no-interaction --prefer-dist --classmap-authoritative

FROM php:8.3-fpm
WORKDIR /var/www/html
COPY --from=vendor /app/vendor ./vendor
COPY src ./src
COPY public ./public
