# Reviewer: ARG PYTHON_VERSION declared inside the builder stage is not in scope for the next FROM: image "python:-slim" invalid reference (Dockerfile ref. ARG and FROM)
FROM python:3.12 AS builder
ARG PYTHON_VERSION=3.12
RUN python -m venv /opt/venv
ENV PATH="/opt/venv/bin:$PATH"
COPY requirements.txt .
RUN pip install --no-cache-dir -r requirements.txt

# same Python version as the builder
FROM python:${PYTHON_VERSION}-slim
COPY --from=builder /opt/venv /opt/venv
ENV PATH="/opt/venv/bin:$PATH"
WORKDIR /app
COPY app.py .
COPY templates ./templates
CMD ["python", "app.py"]
