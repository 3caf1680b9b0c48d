# Reviewer: distroless python3-debian12 ships Python 3.11: fastcsv built as cpython-312 extension is not importable (GoogleContainerTools/distroless python3 config.bzl)
FROM python:3.12 AS builder
RUN python -m venv /opt/venv
COPY requirements.txt .
RUN /opt/venv/bin/pip install --no-cache-dir -r requirements.txt

# distroless: no shell, no package manager, no compiler
FROM gcr.io/distroless/python3-debian12
COPY --from=builder /opt/venv/lib/python3.12/site-packages /app/site-packages
ENV PYTHONPATH=/app/site-packages
WORKDIR /app
COPY app.py .
COPY templates ./templates
EXPOSE 5000
CMD ["app.py"]
