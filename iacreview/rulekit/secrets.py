"""What names and literals look like secrets (IAC805 in resources, IAC808 in parameters)."""

from iacreview.model import norm_key

SECRET_SUFFIXES = (
    "password",
    "passwd",
    "secret",
    "secretstring",
    "apikey",
    "token",
    "secretkey",
    "privatekey",
    "passphrase",
)
# references and placeholders that name a secret without being one
NOT_SECRETS = ("{{resolve:", "arn:", "${", "alias/")


def secret_name(name: str) -> bool:
    """`DBPassword`, `db_password`, `masterUserPassword`, `API_TOKEN`: named like a secret."""
    return norm_key(name).endswith(SECRET_SUFFIXES)


def looks_secret(text: str) -> bool:
    """A literal that could be a secret: not empty, a boolean, or a reference to one."""
    return (
        len(text) >= 4
        and text.lower() not in ("true", "false", "none", "null")
        and not text.startswith(NOT_SECRETS)
    )
