# Reviewer: src/ never copied into the final image: the autoloader cannot find App\ classes used by public/index.php (PROJECT.md; Composer PSR-4 autoload)
FROM composer:2 AS vendor
WORKDIR /app
COPY composer.json composer.lock ./
RUN composer install --no-dev --no-interaction --prefer-dist --optimize-autoloader

FROM php:8.3-fpm
WORKDIR /var/www/html
COPY --from=vendor /app/vendor ./vendor
# only the public folder is served
COPY public ./public
