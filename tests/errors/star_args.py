def total(*values: int) -> int:  # E: *values parameters are not supported yet [unsupported]
    return 0
