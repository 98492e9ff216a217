# run() is called a few times with a long loop: the loop is compiled on its own and the function
# stays interpreted. often() is called many times with a short loop: it is compiled as usual.
def run(n):
    t = 0
    for i in range(n):
        t += i % 7
    return t


def often(k):
    s = 0
    for j in range(k):
        s += j
    return s


print([run(300000) for _ in range(4)])
print(sum(often(20) for _ in range(3000)))
