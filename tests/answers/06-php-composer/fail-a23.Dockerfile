# Reviewer: final stage php:8.3-cli, not php:8.3-fpm/apache as required; its CMD php -a serves nothing (exercise goal 2; docker-library/php cli)
FROM composer:2 AS vendor
WORKDIR /app
COPY composer.json composer.lock ./
RUN composer install --no-dev --no-interaction --prefer-dist

# plain PHP 8.3 runtime
FROM php:8.3-cli
WORKDIR /var/www/html
COPY --from=vendor /app/vendor ./vendor
COPY src ./src
COPY public ./public
