from .. import ORDER
ORDER.append("geo")
