# Reviewer: final stage is php:8.2-fpm, not php:8.3 as the exercise requires; composer's platform_check.php also rejects PHP < 8.3 (root "php": ">=8.3") (goal; AutoloadGenerator)
FROM composer:2 AS vendor
WORKDIR /app
COPY composer.json composer.lock ./
RUN composer install --no-dev --no-interaction --prefer-dist

FROM php:8.2-fpm
WORKDIR /var/www/html
COPY --from=vendor /app/vendor ./vendor
COPY src ./src
COPY public ./public
