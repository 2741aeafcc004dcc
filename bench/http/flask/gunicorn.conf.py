# gunicorn's configuration for the benchmark: the best measured on this machine (see ../../RESULTS.md).
# Sync workers close the connection after each response; gthread keeps it alive like Kestrel does.
import os

worker_class = os.environ.get("FLASK_WORKER_CLASS", "gthread")
workers = int(os.environ.get("FLASK_WORKERS", "2"))
threads = int(os.environ.get("FLASK_THREADS", "4"))
accesslog = None
loglevel = "warning"
