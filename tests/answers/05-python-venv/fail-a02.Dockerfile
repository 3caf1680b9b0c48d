# Reviewer: --prefix=/install puts Flask in /install/lib/python3.12/site-packages, not on sys.path (no PYTHONPATH), so python app.py gets ModuleNotFoundError (pip install --prefix docs)
FROM python:3.12 AS builder
WORKDIR /build
COPY requirements.txt .
RUN pip install --no-cache-dir --prefix=/install -r requirements.txt

FROM python:3.12-slim
COPY --from=builder /install /install
ENV PATH=/install/bin:$PATH
WORKDIR /app
COPY app.py .
COPY templates ./templates
EXPOSE 5000
CMD ["python", "app.py"]
