# Reviewer: --no-autoloader skips generating vendor/autoload.php and nothing dumps it later: public/index.php's require fails (composer install docs)
FROM composer:2 AS vendor
WORKDIR /app
COPY composer.json composer.lock ./
# --no-autoloader : on ne refait pas l'install à chaque changement de src/
RUN composer install --no-dev --no-interaction --prefer-dist --no-autoloader --no-scripts

FROM php:8.3-fpm
WORKDIR /var/www/html
COPY --from=vendor /app/vendor ./vendor
COPY src ./src
COPY public ./public
