# Reviewer: no stage named "composer" (it is "deps"): --from=composer pulls the composer image, which has no /app/vendor, build fails (Dockerfile ref. COPY --from)
FROM composer:2 AS deps
WORKDIR /app
COPY composer.json composer.lock ./
RUN composer install --no-dev --no-interaction --prefer-dist

FROM php:8.3-fpm
WORKDIR /var/www/html
COPY --from=composer /app/vendor ./vendor
COPY src ./src
COPY public ./public
