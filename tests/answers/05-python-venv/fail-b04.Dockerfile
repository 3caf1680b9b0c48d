# Reviewer: builder is python:3.12-slim, which has no gcc or headers: pip cannot build fastcsv, build fails (PROJECT.md; python image docs for -slim)
FROM python:3.12-slim AS builder
RUN python -m venv /venv
ENV PATH="/venv/bin:$PATH"
COPY requirements.txt .
RUN pip install --no-cache-dir -r requirements.txt

FROM python:3.12-slim
COPY --from=builder /venv /venv
ENV PATH="/venv/bin:$PATH"
WORKDIR /app
COPY app.py .
COPY templates/ ./templates/
CMD ["python", "app.py"]
