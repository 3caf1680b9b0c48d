# Reviewer: COPY --from=vendor vendor resolves to /vendor from the stage root, not WORKDIR /app: not found, build fails (Dockerfile ref. COPY --from)
FROM composer:2 AS vendor
WORKDIR /app
COPY composer.json composer.lock ./
RUN composer install --no-dev --no-interaction --prefer-dist

FROM php:8.3-fpm
WORKDIR /var/www/html
COPY --from=vendor vendor ./vendor
COPY src ./src
COPY public ./public
