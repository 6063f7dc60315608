print("_fails starts")
raise ValueError("module body failed")
