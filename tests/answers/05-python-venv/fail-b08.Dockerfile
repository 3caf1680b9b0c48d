# Reviewer: venv copied to /app/venv but PATH points to /opt/venv/bin, which is absent: python is the system one without flask, ModuleNotFoundError (Dockerfile ref. COPY/ENV)
FROM python:3.12 AS builder
RUN python -m venv /opt/venv
ENV PATH="/opt/venv/bin:$PATH"
COPY requirements.txt .
RUN pip install --no-cache-dir -r requirements.txt

FROM python:3.12-slim
WORKDIR /app
COPY --from=builder /opt/venv ./venv
ENV PATH="/opt/venv/bin:$PATH"
COPY app.py .
COPY templates/ templates/
CMD ["python", "app.py"]
