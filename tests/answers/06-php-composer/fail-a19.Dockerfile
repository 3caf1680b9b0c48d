# Reviewer: RUN composer dump-autoload as www-data must write into root-owned vendor/ (0755): permission denied, build fails (Dockerfile ref. USER, COPY ownership)
FROM composer:2 AS vendor
WORKDIR /app
COPY composer.json composer.lock ./
RUN composer install --no-dev --no-interaction --prefer-dist --no-autoloader --no-scripts

FROM php:8.3-fpm
COPY --from=vendor /usr/bin/composer /usr/local/bin/composer
WORKDIR /var/www/html
COPY --from=vendor /app/vendor ./vendor
COPY . .
USER www-data
RUN composer dump-autoload --no-dev --optimize
