"""Reference central server that receives mandatory notifications (FastAPI + uvicorn)."""
