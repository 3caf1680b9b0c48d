# Reviewer: COPY app.py templates/ ./ copies the contents of templates/, not the folder: no /app/templates, Flask TemplateNotFound (Dockerfile ref. COPY: directory itself isn't copied)
FROM python:3.12 AS builder
RUN python -m venv /opt/venv
ENV PATH="/opt/venv/bin:$PATH"
COPY requirements.txt .
RUN pip install --no-cache-dir -r requirements.txt

FROM python:3.12-slim
COPY --from=builder /opt/venv /opt/venv
ENV PATH="/opt/venv/bin:$PATH"
WORKDIR /app
# only what the app needs at run time (no tests, no README)
COPY app.py templates/ ./
EXPOSE 5000
CMD ["python", "app.py"]
