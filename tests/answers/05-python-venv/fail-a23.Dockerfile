# Reviewer: builder WORKDIR /wheels holds requirements.txt; final runs pip -r requirements.txt in /app before COPY . ., file missing, build fails (pip -r; Dockerfile order)
FROM python:3.12 AS builder
WORKDIR /wheels
COPY requirements.txt .
RUN pip wheel --no-cache-dir -w /wheels -r requirements.txt

FROM python:3.12-slim
WORKDIR /app
COPY --from=builder /wheels /wheels
RUN pip install --no-cache-dir --no-index --find-links=/wheels -r requirements.txt \
    && rm -rf /wheels
COPY . .
EXPOSE 5000
CMD ["python", "app.py"]
