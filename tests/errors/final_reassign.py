from typing import Final

LIMIT: Final = 10
LIMIT = 11  # E: Cannot assign to final name "LIMIT" [misc]
