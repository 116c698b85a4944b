# The intake service and its console in one image: `docker build -t dispatch-intake .`
#   docker run -p 8000:8000 -v intake-var:/app/var dispatch-intake
# On first start without DISPATCH_INTAKE_TOKENS it issues one token per role into
# /app/var/tokens.toml and prints them; DISPATCH_INTAKE_DATABASE_URL selects PostgreSQL.
# A centre's imported gazetteer layers (`gazetteer import … --layers-dir /app/var/gazetteer`)
# live in the same volume, under /app/var/gazetteer, and are read at start.
FROM python:3.11-slim

ENV PYTHONDONTWRITEBYTECODE=1 \
    PYTHONUNBUFFERED=1 \
    PIP_NO_CACHE_DIR=1 \
    PIP_DISABLE_PIP_VERSION_CHECK=1

WORKDIR /app

# The same install as `make run`: the runtime lock, then the project without resolving again.
COPY requirements/runtime.lock requirements/
RUN pip install --require-hashes -r requirements/runtime.lock
COPY pyproject.toml README.md ./
COPY gazetteer/ gazetteer/
COPY dispatch_intake/ dispatch_intake/
RUN pip install --no-deps --no-build-isolation .

COPY config/ config/

RUN useradd --system --create-home --uid 10001 intake \
    && mkdir -p /app/var \
    && chown intake:intake /app/var
USER intake

ENV DISPATCH_INTAKE_CONFIG_DIR=/app/config \
    DISPATCH_INTAKE_VAR_DIR=/app/var
VOLUME ["/app/var"]
EXPOSE 8000

HEALTHCHECK --interval=15s --timeout=3s --start-period=30s --retries=3 \
    CMD python -c "import urllib.request,sys; sys.exit(0 if urllib.request.urlopen('http://127.0.0.1:8000/healthz', timeout=2).status == 200 else 1)"

CMD ["dispatch-intake", "serve", "--host", "0.0.0.0", "--port", "8000"]
