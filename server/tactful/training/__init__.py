"""Training and evaluation (needs the 'train' extra: scikit-learn). Never imported by the server."""
