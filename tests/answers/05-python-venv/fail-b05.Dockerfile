# Reviewer: venv built on Debian (glibc) copied into python:3.12-alpine (musl): fastcsv's extension cannot load, app fails on import (PROJECT.md; python image docs for alpine)
FROM python:3.12 AS builder
RUN python -m venv /opt/venv
ENV PATH="/opt/venv/bin:$PATH"
COPY requirements.txt .
RUN pip install --no-cache-dir -r requirements.txt

# alpine pour avoir l'image la plus petite possible
FROM python:3.12-alpine
COPY --from=builder /opt/venv /opt/venv
ENV PATH="/opt/venv/bin:$PATH"
WORKDIR /app
COPY app.py .
COPY templates/ templates/
EXPOSE 5000
CMD ["python", "app.py"]
