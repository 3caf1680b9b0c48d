# Reviewer: CMD ["apache2-foreground"] on php:8.3-fpm: no such program in the fpm image, docker-php-entrypoint exec fails, container does not start (docker-library/php 8.3 fpm)
FROM composer:2 AS vendor
WORKDIR /app
COPY composer.json composer.lock ./
RUN composer install --no-dev --no-interaction --prefer-dist

FROM php:8.3-fpm
WORKDIR /var/www/html
COPY --from=vendor /app/vendor ./vendor
COPY src ./src
COPY public ./public
CMD ["apache2-foreground"]
