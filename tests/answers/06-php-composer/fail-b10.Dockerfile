# Reviewer: COPY --from=composer-deps vendor resolves to /vendor at the stage root, not /app/vendor: not found, build fails (buildkit convert_copy.go NormalizePath("/", src))
FROM composer:2 AS composer-deps
WORKDIR /app
COPY composer.json composer.lock ./
RUN composer install --no-dev --no-interaction --prefer-dist

FROM php:8.3-fpm
WORKDIR /var/www/html
COPY --from=composer-deps vendor ./vendor
COPY src ./src
COPY public ./public
