# Reviewer: venv built on Python 3.12 run by python:3.11-slim: 3.11 looks in lib/python3.11/site-packages, Flask not found, ABI mismatch (PROJECT.md same minor version)
FROM python:3.12 AS builder
RUN python -m venv /opt/venv
ENV PATH="/opt/venv/bin:$PATH"
COPY requirements.txt .
RUN pip install --no-cache-dir -r requirements.txt

# slim runtime
FROM python:3.11-slim
COPY --from=builder /opt/venv /opt/venv
ENV PATH="/opt/venv/bin:$PATH"
WORKDIR /app
COPY app.py .
COPY templates ./templates
EXPOSE 5000
CMD ["python", "app.py"]
