# sys.exit with a message exits with status 1 after running finally blocks;
# the message is the last line of stderr.
import sys

def main():
    print("working")
    try:
        sys.exit("fatal: giving up")
    finally:
        print("finally before exit")

try:
    main()
except ValueError:
    print("SystemExit is not an Exception subclass")
print("not reached")
