# Stage vendor : l’image composer, comme outil, pour installer les seules
# dépendances de production.
FROM composer:2 AS vendor
WORKDIR /app
COPY composer.json composer.lock ./
RUN composer install --no-dev --no-interaction --prefer-dist --no-scripts

# Stage prod : PHP-FPM, qui démarre tout seul. Il reçoit vendor/ et le code.
FROM php:8.3-fpm AS prod
WORKDIR /var/www/html
COPY --from=vendor /app/vendor/ ./vendor/
COPY src/ ./src/
COPY public/ ./public/
