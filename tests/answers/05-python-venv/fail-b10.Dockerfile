# Reviewer: global ARG PYTHON_VERSION is not in scope after FROM: COPY source becomes /usr/local/lib/python/site-packages, not found, build fails (Dockerfile ref. ARG/FROM interaction)
ARG PYTHON_VERSION=3.12

FROM python:${PYTHON_VERSION} AS builder
COPY requirements.txt .
RUN pip install --no-cache-dir -r requirements.txt

FROM python:${PYTHON_VERSION}-slim
WORKDIR /app
# on ne récupère que les paquets installés
COPY --from=builder /usr/local/lib/python${PYTHON_VERSION}/site-packages /usr/local/lib/python${PYTHON_VERSION}/site-packages
COPY app.py .
COPY templates/ templates/
CMD ["python", "app.py"]
