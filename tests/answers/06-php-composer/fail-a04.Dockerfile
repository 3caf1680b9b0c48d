# Reviewer: final stage php:8.2-fpm, not php:8.3 as the goal asks; root requires php >=8.3 so Composer platform_check also errors at runtime (Composer platform-check)
FROM composer:2 AS vendor
WORKDIR /app
COPY composer.json composer.lock ./
RUN composer install --no-dev --no-interaction --prefer-dist --no-progress

FROM php:8.2-fpm
WORKDIR /var/www/html
COPY --from=vendor /app/vendor ./vendor
COPY src ./src
COPY public ./public
