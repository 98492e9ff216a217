# The finally block runs, then the exception continues to the top.
def work():
    try:
        print("working")
        return 1 / 0
    finally:
        print("cleanup")

work()
