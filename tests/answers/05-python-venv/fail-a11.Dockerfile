# Reviewer: ENTRYPOINT ["python"] + CMD ["python","app.py"] runs "python python app.py": can't open file '/app/python' (Dockerfile ref. ENTRYPOINT/CMD interaction)
FROM python:3.12 AS builder
RUN python -m venv /opt/venv
ENV PATH="/opt/venv/bin:$PATH"
COPY requirements.txt .
RUN pip install --no-cache-dir -r requirements.txt

FROM python:3.12-slim
COPY --from=builder /opt/venv /opt/venv
ENV PATH="/opt/venv/bin:$PATH"
WORKDIR /app
COPY . .
EXPOSE 5000
ENTRYPOINT ["python"]
CMD ["python", "app.py"]
