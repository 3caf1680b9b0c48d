# Reviewer: composer install without --no-dev installs PHPUnit into vendor/; dump-autoload --no-dev only changes the autoloader, dev packages ship (goal; composer CLI docs)
FROM composer:2 AS composer
WORKDIR /app
COPY composer.json composer.lock ./
RUN composer install --no-interaction --no-progress --prefer-dist
COPY src ./src
# autoloader optimisé, sans les règles de dev
RUN composer dump-autoload --no-dev --classmap-authoritative

FROM php:8.3-fpm
WORKDIR /var/www/html
COPY --from=composer /app/vendor ./vendor
COPY --from=composer /app/src ./src
COPY public ./public
