# Reviewer: RUN . /opt/venv/bin/activate has no effect on later RUNs, so pip installs into system site-packages; the copied venv is empty and python app.py fails: no flask (Dockerfile ref. RUN)
# Stage de build : image complète, gcc disponible
FROM python:3.12 AS builder
WORKDIR /app
RUN python -m venv /opt/venv
RUN . /opt/venv/bin/activate
COPY requirements.txt .
RUN pip install --no-cache-dir -r requirements.txt

# Stage final léger
FROM python:3.12-slim
WORKDIR /app
COPY --from=builder /opt/venv /opt/venv
ENV PATH="/opt/venv/bin:$PATH"
COPY app.py .
COPY templates/ templates/
EXPOSE 5000
CMD ["python", "app.py"]
