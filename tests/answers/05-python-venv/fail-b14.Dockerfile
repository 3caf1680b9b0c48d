# Reviewer: distroless python3-debian12 runs Python 3.11; the cp312 fastcsv extension in python3.12 site-packages will not import (distroless python3/testdata/debian12.yaml; PROJECT.md)
FROM python:3.12 AS builder
RUN python -m venv /opt/venv
ENV PATH="/opt/venv/bin:$PATH"
COPY requirements.txt .
RUN pip install --no-cache-dir -r requirements.txt

# distroless : ni shell ni compilateur
FROM gcr.io/distroless/python3-debian12
WORKDIR /app
COPY --from=builder /opt/venv /opt/venv
ENV PYTHONPATH=/opt/venv/lib/python3.12/site-packages
COPY app.py .
COPY templates/ templates/
# l'entrypoint de l'image est déjà python
CMD ["app.py"]
