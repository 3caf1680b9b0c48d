# Reviewer: --no-autoloader and no later dump-autoload: vendor/autoload.php never generated, index.php require fails (Composer install --no-autoloader)
FROM composer:2 AS vendor
WORKDIR /app
COPY composer.json composer.lock ./
# --no-autoloader / --no-scripts: keeps this layer cached when only the code changes
RUN composer install --no-dev --no-interaction --prefer-dist --no-autoloader --no-scripts

FROM php:8.3-fpm
WORKDIR /var/www/html
COPY --from=vendor /app/vendor ./vendor
COPY src ./src
COPY public ./public
