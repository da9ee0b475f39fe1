def total(*values: int) -> int:  # E: *values parameters are not supported yet [star-params]
    return 0
