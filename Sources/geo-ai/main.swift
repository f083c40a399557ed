print("geo-ai")
